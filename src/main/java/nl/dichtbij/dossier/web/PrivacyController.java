package nl.dichtbij.dossier.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.dossier.Bewaartermijnen;
import nl.dichtbij.dossier.Correctieverzoeken;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.dossier.Logboek;
import nl.dichtbij.dossier.Verwerking;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer: queries the access log (the BSN goes in a POST body, never in a URL),
 * checks the hash chain, answers correction requests and runs the retention term.
 */
@Controller
@RequestMapping("/privacy")
class PrivacyController {

    private final Logboek logboek;
    private final Correctieverzoeken correcties;
    private final Bewaartermijnen bewaartermijnen;
    private final Clock clock;
    private final DossierLog dossierLog;

    PrivacyController(Logboek logboek, Correctieverzoeken correcties, Bewaartermijnen bewaartermijnen, Clock clock, DossierLog dossierLog) {
        this.dossierLog = dossierLog;
        this.logboek = logboek;
        this.correcties = correcties;
        this.bewaartermijnen = bewaartermijnen;
        this.clock = clock;
    }

    @GetMapping
    String overzicht(@AuthenticationPrincipal Gebruiker privacy, Model model) {
        model.addAttribute("verzoeken", correcties.open(privacy));
        model.addAttribute("termijnen", bewaartermijnen.uitleg());
        model.addAttribute("van", LocalDate.now(clock).minusDays(30));
        model.addAttribute("tot", LocalDate.now(clock));
        return "dossier/privacy";
    }

    @PostMapping("/logboek")
    String zoeken(@AuthenticationPrincipal Gebruiker privacy, @RequestParam(required = false) String bsn,
                  @RequestParam(required = false) String gebruiker, @RequestParam(required = false) String van,
                  @RequestParam(required = false) String tot, @RequestParam(defaultValue = "0") int pagina, Model model) {
        LocalDate vanaf = LocalDate.now(clock).minusDays(30);
        LocalDate totMet = LocalDate.now(clock);
        try {
            vanaf = van == null || van.isBlank() ? vanaf : Invoer.datum(van, "van");
            totMet = tot == null || tot.isBlank() ? totMet : Invoer.datum(tot, "tot");
            var regels = logboek.zoek(privacy.gemeenteCode(), bsn, gebruiker, vanaf, totMet, Math.max(0, pagina));
            // reading who processed a resident's data is itself a processing of it
            dossierLog.vastleggen(privacy, privacy.gemeenteCode(), regels.inhoud().stream().map(Verwerking::betrokkeneBsn).toList(),
                    Dossierdeel.RECHTEN, Handeling.INZIEN, "Toezicht door de functionaris gegevensbescherming (AVG art. 39)");
            model.addAttribute("regels", regels);
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
        }
        model.addAttribute("bsn", bsn);
        model.addAttribute("gebruiker", gebruiker);
        overzicht(privacy, model);
        model.addAttribute("van", vanaf);
        model.addAttribute("tot", totMet);
        return "dossier/privacy";
    }

    @PostMapping("/logboek/controle")
    String controle(@AuthenticationPrincipal Gebruiker privacy, Model model) {
        model.addAttribute("controle", logboek.controleer(privacy.gemeenteCode()));
        return overzicht(privacy, model);
    }

    @PostMapping("/correcties/{id}")
    String afhandelen(@AuthenticationPrincipal Gebruiker privacy, @PathVariable long id, @RequestParam(defaultValue = "false") boolean gehonoreerd,
                      @RequestParam(required = false) String antwoord, Model model) {
        try {
            correcties.afhandelen(privacy, id, gehonoreerd, antwoord);
            return "redirect:/privacy?afgehandeld";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            return overzicht(privacy, model);
        }
    }

    @GetMapping("/bewaren")
    String proef(@AuthenticationPrincipal Gebruiker privacy, Model model) {
        model.addAttribute("rapport", bewaartermijnen.proef(privacy));
        model.addAttribute("termijnen", bewaartermijnen.uitleg());
        return "dossier/bewaren";
    }

    @PostMapping("/bewaren")
    String vernietigen(@AuthenticationPrincipal Gebruiker privacy, Model model) {
        model.addAttribute("rapport", bewaartermijnen.vernietigen(privacy));
        model.addAttribute("termijnen", bewaartermijnen.uitleg());
        return "dossier/bewaren";
    }
}
