package nl.dichtbij.regie.web;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.regie.Caseload;
import nl.dichtbij.regie.Escalaties;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The teamleider's view of the regie: caseload, procesregie share, open escalations, bulk handover. */
@Controller
@RequestMapping("/teams/regie")
class TeamRegieController {

    private final Caseload caseload;
    private final Escalaties escalaties;
    private final Zaken zaken;
    private final Gemeenten gemeenten;

    TeamRegieController(Caseload caseload, Escalaties escalaties, Zaken zaken, Gemeenten gemeenten) {
        this.caseload = caseload;
        this.escalaties = escalaties;
        this.zaken = zaken;
        this.gemeenten = gemeenten;
    }

    @GetMapping
    String regie(@AuthenticationPrincipal Gebruiker teamleider, Model model) {
        model.addAttribute("caseload", caseload.perProfessional(teamleider));
        model.addAttribute("procesregie", caseload.procesregie(teamleider));
        model.addAttribute("escalaties", escalaties.open(teamleider));
        model.addAttribute("medewerkers", gemeenten.medewerkers(teamleider.gemeenteCode()));
        model.addAttribute("regievormen", Regievorm.values());
        return "regie/team";
    }

    @PostMapping("/overdracht")
    String allesOverdragen(@AuthenticationPrincipal Gebruiker teamleider, @RequestParam(required = false) String van,
                           @RequestParam(required = false) String naar, @RequestParam(required = false) String notitie, Model model) {
        try {
            int aantal = zaken.allesOverdragen(teamleider, van, naar, notitie);
            return "redirect:/teams/regie?overgedragen=" + aantal;
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", String.join(" ", e.fouten().values()));
            model.addAttribute("van", van);
            model.addAttribute("naar", naar);
            model.addAttribute("notitie", notitie);
            return regie(teamleider, model);
        }
    }
}
