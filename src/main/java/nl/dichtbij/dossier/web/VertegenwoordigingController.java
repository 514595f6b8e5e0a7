package nl.dichtbij.dossier.web;

import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Grond;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.dossier.Toestemmingen;
import nl.dichtbij.dossier.Vertegenwoordigingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
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

/** The household's representatives and consents as the professional sees them; he registers court-appointed representatives. */
@Controller
@RequestMapping("/werk/huishoudens/{huishoudenId}/vertegenwoordiging")
class VertegenwoordigingController {

    private final Vertegenwoordigingen vertegenwoordigingen;
    private final Toestemmingen toestemmingen;
    private final Dossiertoegang toegang;
    private final PersonenRegister register;

    VertegenwoordigingController(Vertegenwoordigingen vertegenwoordigingen, Toestemmingen toestemmingen, Dossiertoegang toegang,
                                 PersonenRegister register) {
        this.vertegenwoordigingen = vertegenwoordigingen;
        this.toestemmingen = toestemmingen;
        this.toegang = toegang;
        this.register = register;
    }

    @GetMapping
    String pagina(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long huishoudenId, Model model) {
        toegang.medewerker(medewerker, medewerker.gemeenteCode(), huishoudenId, Dossierdeel.RECHTEN, Handeling.INZIEN);
        model.addAttribute("huishoudenId", huishoudenId);
        model.addAttribute("leden", register.leden(medewerker.gemeenteCode(), huishoudenId));
        model.addAttribute("vertegenwoordigingen", vertegenwoordigingen.voorHuishouden(medewerker.gemeenteCode(), huishoudenId).stream()
                .map(v -> new Weergave.Vertegenwoordiger(v, naam(medewerker, v.vertegenwoordigdeBsn()), naam(medewerker, v.vertegenwoordigerBsn())))
                .toList());
        model.addAttribute("toestemmingen", toestemmingen.actiefVoorHuishouden(medewerker.gemeenteCode(), huishoudenId));
        model.addAttribute("gronden", java.util.Arrays.stream(Grond.values()).filter(Grond::wettelijk).toList());
        return "dossier/vertegenwoordiging";
    }

    @PostMapping
    String registreren(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long huishoudenId,
                       @RequestParam(required = false) String vertegenwoordigde, @RequestParam(required = false) String vertegenwoordiger,
                       @RequestParam(required = false) Grond grond, @RequestParam(required = false) String kenmerk,
                       @RequestParam(required = false) String tot, Model model) {
        try {
            vertegenwoordigingen.registreren(medewerker, huishoudenId, vertegenwoordigde, vertegenwoordiger, grond, kenmerk,
                    Invoer.datum(tot, "tot"));
            return "redirect:/werk/huishoudens/" + huishoudenId + "/vertegenwoordiging?vastgelegd";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", Invoer.ingevuld("vertegenwoordigde", vertegenwoordigde, "vertegenwoordiger", vertegenwoordiger,
                    "grond", grond == null ? null : grond.name(), "kenmerk", kenmerk, "tot", tot));
            return pagina(medewerker, huishoudenId, model);
        }
    }

    @PostMapping("/{id}/beeindigen")
    String beeindigen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long huishoudenId, @PathVariable long id) {
        vertegenwoordigingen.beeindigen(medewerker, huishoudenId, id);
        return "redirect:/werk/huishoudens/" + huishoudenId + "/vertegenwoordiging?beeindigd";
    }

    private String naam(Gebruiker medewerker, String bsn) {
        return register.persoon(medewerker.gemeenteCode(), bsn).map(Persoon::naam).orElse("Onbekend");
    }
}
