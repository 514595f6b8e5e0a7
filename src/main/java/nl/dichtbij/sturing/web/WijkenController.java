package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Stapelingsanalyse;
import nl.dichtbij.sturing.Wijkanalyse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The wijkanalyse: per wijk and per kern side by side, with a chart per kern; for the board with small counts left out. */
@Controller
class WijkenController {

    private final Wijkanalyse wijkanalyse;
    private final Stapelingsanalyse stapeling;
    private final Clock clock;

    WijkenController(Wijkanalyse wijkanalyse, Stapelingsanalyse stapeling, Clock clock) {
        this.wijkanalyse = wijkanalyse;
        this.stapeling = stapeling;
        this.clock = clock;
    }

    @GetMapping("/sturing/wijken")
    String wijken(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        int gekozen = Tabel.jaar(jaar, LocalDate.now(clock).getYear(), model);
        Wijkanalyse.Overzicht o = wijkanalyse.overzicht(gebruiker, gekozen);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", stapeling.jaren(gebruiker));
        model.addAttribute("o", o);
        model.addAttribute("tabellen", Wijktabellen.CODES.stream().map(c -> Wijktabellen.tabel(o, c)).toList());
        model.addAttribute("staven", Wijktabellen.staven(o));
        return "sturing/wijken";
    }

    @GetMapping("/sturing/wijken/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(defaultValue = "wijken") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        if (!Tabel.geldigeKeuze(Wijktabellen.CODES, tabel, formaat, jaar)) {
            return Tabel.ongeldigeKeuze(Wijktabellen.CODES);
        }
        int gekozen = Tabel.jaarOf(jaar, LocalDate.now(clock).getYear());
        Tabel t = Wijktabellen.tabel(wijkanalyse.overzicht(gebruiker, gekozen), tabel);
        return t.download("wijkanalyse-" + gebruiker.gemeenteCode() + "-" + gekozen + "-" + tabel, formaat);
    }
}
