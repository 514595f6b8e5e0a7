package nl.dichtbij.toegang.web;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Vervolgpagina;
import nl.dichtbij.toegang.Wachtrij;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The teamleider's view: every team's queue, waiting times and deadlines at risk. */
@Controller
@RequestMapping("/teams")
class TeamController {

    private final Wachtrij wachtrij;

    TeamController(Wachtrij wachtrij) {
        this.wachtrij = wachtrij;
    }

    @GetMapping
    String overzicht(@AuthenticationPrincipal Gebruiker teamleider, Model model) {
        model.addAttribute("standen", wachtrij.standVanGemeente(teamleider));
        return "teams/overzicht";
    }

    @GetMapping("/{teamId}")
    String team(@AuthenticationPrincipal Gebruiker teamleider, @PathVariable long teamId,
                @RequestParam(required = false) String na, Model model) {
        Vervolgpagina<Wachtrij.Regel> regels = wachtrij.vanTeam(teamleider, teamId, false, na, Pagina.STANDAARD_GROOTTE);
        model.addAttribute("team", wachtrij.team(teamleider, teamId));
        model.addAttribute("wachtrij", regels);
        model.addAttribute("dringend", wachtrij.dringend(teamleider, teamId));
        return "teams/team";
    }
}
