package nl.dichtbij.toegang.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import nl.dichtbij.gemeente.Dienstrooster;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Vervolgpagina;
import nl.dichtbij.toegang.Wachtrij;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The teamleider's view: every team's queue, waiting times and deadlines at risk, and who is on duty for urgent meldingen. */
@Controller
@RequestMapping("/teams")
class TeamController {

    private final Wachtrij wachtrij;
    private final Dienstrooster dienstrooster;
    private final Clock clock;

    TeamController(Wachtrij wachtrij, Dienstrooster dienstrooster, Clock clock) {
        this.wachtrij = wachtrij;
        this.dienstrooster = dienstrooster;
        this.clock = clock;
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
        model.addAttribute("diensten", dienstrooster.komend(teamleider, teamId));
        model.addAttribute("consulenten", dienstrooster.inTeDelen(teamleider, teamId));
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("tot", LocalDate.now(clock).plusDays(Dienstrooster.DAGEN_VOORUIT - 1));
        if (!model.containsAttribute("ingevuld")) {
            model.addAttribute("ingevuld", Map.of("datum", LocalDate.now(clock).toString(), "medewerker", ""));
        }
        return "teams/team";
    }

    /** Puts a consulent of the team on duty on a day: he takes up that day's urgent meldingen and is told of each. */
    @PostMapping("/{teamId}/dienst")
    String dienst(@AuthenticationPrincipal Gebruiker teamleider, @PathVariable long teamId, @RequestParam(required = false) String datum,
                  @RequestParam(required = false) String medewerker, Model model) {
        try {
            LocalDate dag = null;
            if (datum != null && !datum.isBlank()) {
                try {
                    dag = LocalDate.parse(datum.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new OngeldigeInvoerException("datum", "Vul een dag in zoals 7-12-2026.");
                }
            }
            dienstrooster.indelen(teamleider, teamId, dag, medewerker);
            return "redirect:/teams/" + teamId + "?ingedeeld#dienst";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", Map.of("datum", datum == null ? "" : datum, "medewerker", medewerker == null ? "" : medewerker));
            return team(teamleider, teamId, null, model);
        }
    }
}
