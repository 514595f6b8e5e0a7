package nl.dichtbij.besluit.web;

import nl.dichtbij.besluit.Termijnbord;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The deadline board per team: due this week and overdue. */
@Controller
class TermijnbordController {

    private final Termijnbord termijnbord;
    private final Gemeenten gemeenten;

    TermijnbordController(Termijnbord termijnbord, Gemeenten gemeenten) {
        this.termijnbord = termijnbord;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/teams/termijnen")
    String bord(@AuthenticationPrincipal Gebruiker teamleider, @RequestParam(required = false) Long team,
                @RequestParam(defaultValue = "0") int pagina, Model model) {
        Long gekozen = team == null ? null : gemeenten.team(team).filter(t -> t.gemeenteCode().equals(teamleider.gemeenteCode()))
                .map(t -> t.id()).orElse(null);
        model.addAttribute("teams", gemeenten.teams(teamleider.gemeenteCode()));
        model.addAttribute("gekozen", gekozen);
        Pagina<Termijnbord.Regel> regels = termijnbord.pagina(teamleider, gekozen, Math.max(0, pagina), Pagina.STANDAARD_GROOTTE * 2);
        model.addAttribute("regels", regels);
        model.addAttribute("termijnnamen", termijnbord.namen(teamleider, regels.inhoud()));
        model.addAttribute("basis", gekozen == null ? "/teams/termijnen" : "/teams/termijnen?team=" + gekozen);
        return "besluit/termijnbord";
    }

    /** All deadlines of the professional's own team this week (without a team: the municipality's), as the werkbak shows the first. */
    @GetMapping("/werk/termijnen")
    String vanMijnTeam(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("team", medewerker.teamId() == null ? null : gemeenten.team(medewerker.teamId()).orElse(null));
        Pagina<Termijnbord.Regel> regels = termijnbord.pagina(medewerker, medewerker.teamId(), Math.max(0, pagina), Pagina.STANDAARD_GROOTTE * 2);
        model.addAttribute("regels", regels);
        model.addAttribute("termijnnamen", termijnbord.namen(medewerker, regels.inhoud()));
        return "besluit/termijnen-team";
    }
}
