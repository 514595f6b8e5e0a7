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
        var keuze = nl.dichtbij.platform.web.Jaarkeuze.van(jaar, ditJaar, cijfers.jaren(gebruiker));
        int gekozen = keuze.jaar();
        model.addAttribute("fout", keuze.fout());
        List<Integer> jaren = keuze.jaren();
        Ladderbeweging.Uitkomst uitkomst = cijfers.vanJaar(gebruiker, gekozen);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", jaren);
        model.addAttribute("uitkomst", uitkomst);
        model.addAttribute("ditJaar", gekozen == ditJaar);
        List<String> beweging = onderdrukt(List.of(uitkomst.omhoog(), uitkomst.gelijk(), uitkomst.omlaag()));
        List<Integer> aantallen = new ArrayList<>();
        for (Trede t : Trede.values()) {
            aantallen.add(uitkomst.stand().getOrDefault(t, 0));
        }
        List<String> stand = onderdrukt(aantallen);
        // a total beside a left-out number would give it away
        boolean ietsWeg = beweging.stream().anyMatch(w -> w.startsWith("<")) || stand.stream().anyMatch(w -> w.startsWith("<"));
        List<Regel> rijen = new ArrayList<>(List.of(new Regel("Een of meer treden omhoog", beweging.get(0)),
                new Regel("Op dezelfde trede", beweging.get(1)), new Regel("Een of meer treden omlaag", beweging.get(2))));
        if (!ietsWeg) {
            rijen.add(new Regel("Samen", String.valueOf(uitkomst.totaal())));
        }
        model.addAttribute("beweging", rijen);
        List<Regel> treden = new ArrayList<>();
        for (Trede t : Trede.values()) {
            treden.add(new Regel(t.tekst(), stand.get(t.ordinal())));
        }
        model.addAttribute("stand", treden);
        return "participatie/cijfers";
    }

    /**
     * A table's numbers as shown: 1 to 4 as "< 5", and when that leaves one number out, the smallest other one too, so no
     * left-out number can be worked out from the others and a total (secondary suppression).
     */
    static List<String> onderdrukt(List<Integer> aantallen) {
        java.util.Set<Integer> weg = new java.util.HashSet<>();
        for (int i = 0; i < aantallen.size(); i++) {
            if (aantallen.get(i) > 0 && aantallen.get(i) < DREMPEL) {
                weg.add(i);
            }
        }
        if (weg.size() == 1) {
            int kleinste = -1;
            for (int i = 0; i < aantallen.size(); i++) {
                if (!weg.contains(i) && aantallen.get(i) > 0 && (kleinste < 0 || aantallen.get(i) < aantallen.get(kleinste))) {
                    kleinste = i;
                }
            }
            if (kleinste >= 0) {
                weg.add(kleinste);
            }
        }
        List<String> tekst = new ArrayList<>();
        for (int i = 0; i < aantallen.size(); i++) {
            tekst.add(!weg.contains(i) ? String.valueOf(aantallen.get(i)) : aantallen.get(i) < DREMPEL ? "< " + DREMPEL : "weggelaten");
        }
        return tekst;
    }

}
