package nl.dichtbij.werkplek.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Termijnbord;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.regie.Werklijst;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.toegang.Huishoudoverzicht;
import nl.dichtbij.toegang.Wachtrij;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The professional's werkbak and daily digest: his meldingen and his team's queue (toegang), his cases and tasks
 * (regie), the evaluations due (plan) and the deadlines (besluit), composed from each module's public API.
 */
@Controller
@RequestMapping("/werk")
class WerkbakController {

    private final Wachtrij wachtrij;
    private final Huishoudoverzicht huishoudens;
    private final Gemeenten gemeenten;
    private final Zaken zaken;
    private final Werklijst werklijst;
    private final Plannen plannen;
    private final Termijnbord termijnbord;
    private final Besluiten besluiten;
    private final Clock clock;

    WerkbakController(Wachtrij wachtrij, Huishoudoverzicht huishoudens, Gemeenten gemeenten, Zaken zaken, Werklijst werklijst, Plannen plannen,
                      Termijnbord termijnbord, Besluiten besluiten, Clock clock) {
        this.besluiten = besluiten;
        this.wachtrij = wachtrij;
        this.huishoudens = huishoudens;
        this.gemeenten = gemeenten;
        this.zaken = zaken;
        this.werklijst = werklijst;
        this.plannen = plannen;
        this.termijnbord = termijnbord;
        this.clock = clock;
    }

    @GetMapping
    String werkbak(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(required = false) String na, Model model) {
        model.addAttribute("team", medewerker.teamId() == null ? null : gemeenten.team(medewerker.teamId()).orElseThrow());
        model.addAttribute("mijn", wachtrij.vanBehandelaar(medewerker));
        model.addAttribute("wachtrij", medewerker.teamId() == null ? null
                : wachtrij.vanTeam(medewerker, medewerker.teamId(), true, na, Pagina.STANDAARD_GROOTTE));
        List<Zaak> mijnZaken = zaken.vanRegisseur(medewerker);
        model.addAttribute("mijnZaken", mijnZaken.stream().map(z -> new ZaakRegel(z.id(),
                huishoudens.adresVan(medewerker, z.huishoudenId()), z.regievorm().label())).toList());
        model.addAttribute("taken", werklijst.van(medewerker));
        model.addAttribute("evaluaties", plannen.evaluatiesTeDoen(medewerker, mijnZaken.stream().map(Zaak::id).toList()));
        model.addAttribute("herindicaties", termijnbord.herindicaties(medewerker, mijnZaken.stream().map(Zaak::id).toList()));
        model.addAttribute("termijnen", termijnbord.dezeWeek(medewerker, medewerker.teamId()));
        model.addAttribute("tweedeHandtekening", besluiten.wachtenOpTweede(medewerker));
        return "werk/werkbak";
    }

    record ZaakRegel(long id, String adres, String regievorm) {
    }

    /** The daily digest of one professional: his own deadlines, tasks and meldingen at risk, on one printable page. */
    @GetMapping("/dagoverzicht")
    String dagoverzicht(@AuthenticationPrincipal Gebruiker medewerker, Model model) {
        List<Long> mijnZaken = zaken.vanRegisseur(medewerker).stream().map(Zaak::id).toList();
        model.addAttribute("vandaag", Formaat.datum(LocalDate.now(clock)));
        model.addAttribute("termijnen", termijnbord.binnenEenWeek(medewerker, mijnZaken));
        model.addAttribute("meldingen", wachtrij.vanBehandelaar(medewerker).stream().filter(r -> r.inGevaar()).toList());
        model.addAttribute("taken", werklijst.van(medewerker));
        model.addAttribute("herindicaties", termijnbord.herindicaties(medewerker, mijnZaken));
        model.addAttribute("evaluaties", plannen.evaluatiesTeDoen(medewerker, mijnZaken));
        return "werk/dagoverzicht";
    }

    @PostMapping("/transities")
    String transitieAfgerond(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam String persoonBsn) {
        werklijst.transitieAfgerond(medewerker, persoonBsn);
        return "redirect:/werk?transitie";
    }
}
