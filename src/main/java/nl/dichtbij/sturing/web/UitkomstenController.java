package nl.dichtbij.sturing.web;

import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Uitkomstindeling;
import nl.dichtbij.sturing.Uitkomstmonitor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ZRM outcome monitor (issue 18): teamleider, beleid and beheer per team, wijk, age band, law, regeling or provider; the board
 * per group of residents only. A chosen group shows per domain the scores at intake and the change, both sides and the gap.
 */
@Controller
class UitkomstenController {

    private final Uitkomstmonitor monitor;

    UitkomstenController(Uitkomstmonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/sturing/uitkomsten")
    String uitkomsten(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String indeling,
                      @RequestParam(required = false) String meting, @RequestParam(required = false) String groep, Model model) {
        Uitkomstindeling gekozen = indeling(gebruiker, indeling, model);
        boolean afgesloten = "afsluiting".equals(meting);
        if (meting != null && !afgesloten && !"laatste".equals(meting)) {
            model.addAttribute("fout", "Kies welke meting: de laatste of die bij het afsluiten.");
        }
        Uitkomstmonitor.Overzicht o = monitor.overzicht(gebruiker, gekozen, afgesloten);
        Uitkomstmonitor.Groep g = groep == null ? o.gemeente() : o.groep(groep).orElse(o.gemeente());
        String adres = "/sturing/uitkomsten?indeling=" + gekozen.code() + "&meting=" + (afgesloten ? "afsluiting" : "laatste");
        model.addAttribute("o", o);
        model.addAttribute("meting", afgesloten ? "afsluiting" : "laatste");
        model.addAttribute("groep", g);
        model.addAttribute("groepen", gekozen == Uitkomstindeling.GEMEENTE ? null : Uitkomsttabellen.groepen(o, adres));
        model.addAttribute("tabellen", List.of(Uitkomsttabellen.verdeling(g), Uitkomsttabellen.verandering(g, afgesloten)));
        model.addAttribute("staven", Uitkomsttabellen.staven(g));
        return "sturing/uitkomsten";
    }

    @GetMapping("/sturing/uitkomsten/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String indeling,
                                  @RequestParam(required = false) String meting, @RequestParam(required = false) String groep,
                                  @RequestParam(defaultValue = "verdeling") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        Uitkomstindeling gekozen = Uitkomstindeling.van(indeling == null ? "gemeente" : indeling).orElse(null);
        if (gekozen == null || !Uitkomstmonitor.indelingen(gebruiker).contains(gekozen) || !Tabel.geldigeKeuze(Uitkomsttabellen.CODES, tabel, formaat, null)) {
            return org.springframework.http.ResponseEntity.badRequest()
                    .contentType(new org.springframework.http.MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(("Kies een indeling uit de lijst op de pagina, een tabel (" + String.join(", ", Uitkomsttabellen.CODES)
                            + ") en csv of xlsx.").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        boolean afgesloten = "afsluiting".equals(meting);
        Uitkomstmonitor.Overzicht o = monitor.overzicht(gebruiker, gekozen, afgesloten);
        Uitkomstmonitor.Groep g = groep == null ? o.gemeente() : o.groep(groep).orElse(o.gemeente());
        Tabel t = switch (tabel) {
            case "groepen" -> Uitkomsttabellen.groepen(o, "/sturing/uitkomsten?indeling=" + gekozen.code());
            case "verandering" -> Uitkomsttabellen.verandering(g, afgesloten);
            default -> Uitkomsttabellen.verdeling(g);
        };
        return t.download("uitkomsten-" + gebruiker.gemeenteCode() + "-" + gekozen.code() + "-" + tabel, formaat);
    }

    private static Uitkomstindeling indeling(Gebruiker gebruiker, String code, Model model) {
        if (code == null) {
            return Uitkomstindeling.GEMEENTE;
        }
        return Uitkomstindeling.van(code).filter(i -> Uitkomstmonitor.indelingen(gebruiker).contains(i)).orElseGet(() -> {
            model.addAttribute("fout", "Kies een indeling uit de lijst.");
            return Uitkomstindeling.GEMEENTE;
        });
    }
}
