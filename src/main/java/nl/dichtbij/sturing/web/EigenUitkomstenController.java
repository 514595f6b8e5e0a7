package nl.dichtbij.sturing.web;

import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Uitkomstmonitor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A provider's own clients in the outcome monitor (issue 18): in aggregate, in the municipality of its account. */
@Controller
class EigenUitkomstenController {

    private final Uitkomstmonitor monitor;

    EigenUitkomstenController(Uitkomstmonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/aanbieder/uitkomsten")
    String uitkomsten(@AuthenticationPrincipal Gebruiker aanbieder, @RequestParam(required = false) String meting, Model model) {
        boolean afgesloten = "afsluiting".equals(meting);
        Uitkomstmonitor.Groep g = monitor.eigen(aanbieder, afgesloten);
        model.addAttribute("meting", afgesloten ? "afsluiting" : "laatste");
        model.addAttribute("groep", g);
        model.addAttribute("tabellen", List.of(Uitkomsttabellen.verdeling(g), Uitkomsttabellen.verandering(g, afgesloten)));
        model.addAttribute("staven", Uitkomsttabellen.staven(g));
        return "sturing/eigen-uitkomsten";
    }

    @GetMapping("/aanbieder/uitkomsten/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker aanbieder, @RequestParam(required = false) String meting,
                                  @RequestParam(defaultValue = "verdeling") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        if (!List.of("verdeling", "verandering").contains(tabel) || !Tabel.geldigeKeuze(Uitkomsttabellen.CODES, tabel, formaat, null)) {
            return Tabel.ongeldigeKeuze(List.of("verdeling", "verandering"));
        }
        Uitkomstmonitor.Groep g = monitor.eigen(aanbieder, "afsluiting".equals(meting));
        Tabel t = tabel.equals("verandering") ? Uitkomsttabellen.verandering(g, "afsluiting".equals(meting)) : Uitkomsttabellen.verdeling(g);
        return t.download("uitkomsten-" + aanbieder.organisatie() + "-" + tabel, formaat);
    }
}
