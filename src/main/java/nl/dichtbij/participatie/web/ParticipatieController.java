package nl.dichtbij.participatie.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.participatie.Ladderbeweging;
import nl.dichtbij.participatie.Participatiecijfers;
import nl.dichtbij.participatie.Trede;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The steering page of the participatieladder: how residents moved in a year, without names, small numbers left out. */
@Controller
class ParticipatieController {

    /** Fewer than this many residents in a cell is shown as "< 5", as on the other steering pages. */
    static final int DREMPEL = 5;

    private final Participatiecijfers cijfers;
    private final Clock clock;

    ParticipatieController(Participatiecijfers cijfers, Clock clock) {
        this.cijfers = cijfers;
        this.clock = clock;
    }

    record Regel(String wat, String aantal) {
    }

    @GetMapping("/sturing/participatie")
    String pagina(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        int ditJaar = LocalDate.now(clock).getYear();
        List<Integer> jaren = new ArrayList<>(cijfers.jaren(gebruiker));
        if (!jaren.contains(ditJaar)) {
            jaren.addFirst(ditJaar);
        }
        int gekozen = ditJaar;
        if (jaar != null && !jaar.isBlank()) {
            try {
                gekozen = Integer.parseInt(jaar.strip());
            } catch (NumberFormatException e) {
                gekozen = -1;
            }
            if (gekozen < 2000 || gekozen > 2100) {
                model.addAttribute("fout", "Kies een jaar tussen 2000 en 2100.");
                gekozen = ditJaar;
            }
        }
        Ladderbeweging.Uitkomst uitkomst = cijfers.vanJaar(gebruiker, gekozen);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", jaren);
        model.addAttribute("uitkomst", uitkomst);
        model.addAttribute("beweging", List.of(new Regel("Een of meer treden omhoog", getal(uitkomst.omhoog())),
                new Regel("Op dezelfde trede", getal(uitkomst.gelijk())), new Regel("Een of meer treden omlaag", getal(uitkomst.omlaag())),
                new Regel("Samen", getal(uitkomst.totaal()))));
        List<Regel> stand = new ArrayList<>();
        for (Trede t : Trede.values()) {
            stand.add(new Regel(t.tekst(), getal(uitkomst.stand().getOrDefault(t, 0))));
        }
        model.addAttribute("stand", stand);
        return "participatie/cijfers";
    }

    static String getal(int aantal) {
        return aantal > 0 && aantal < DREMPEL ? "< " + DREMPEL : String.valueOf(aantal);
    }
}
