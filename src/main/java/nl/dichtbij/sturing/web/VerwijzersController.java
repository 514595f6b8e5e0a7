package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Verwijzeroverzicht;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Referrers: who sends the care in, per referrer type, per GP practice and the municipal share over five years; for the board with small counts left out. */
@Controller
class VerwijzersController {

    private final Verwijzeroverzicht verwijzers;
    private final Clock clock;

    VerwijzersController(Verwijzeroverzicht verwijzers, Clock clock) {
        this.verwijzers = verwijzers;
        this.clock = clock;
    }

    /** The page; a year that is no number or out of range shows this year's figures with a Dutch message on the page. */
    @GetMapping("/sturing/verwijzers")
    String verwijzers(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        int ditJaar = LocalDate.now(clock).getYear();
        Integer gevraagd = Tabel.jaar(jaar);
        if (jaar != null && !jaar.isBlank() && gevraagd == null) {
            model.addAttribute("fout", "Kies een jaar tussen 2000 en 2100, met vier cijfers. U ziet nu de cijfers van " + ditJaar + ".");
        }
        int gekozen = gevraagd == null ? ditJaar : gevraagd;
        Verwijzeroverzicht.Overzicht o = verwijzers.overzicht(gebruiker, gekozen);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", IntStream.rangeClosed(ditJaar - 9, ditJaar).boxed().toList());
        model.addAttribute("o", o);
        model.addAttribute("tabellen", Verwijzertabellen.CODES.stream().map(c -> Verwijzertabellen.tabel(o, c)).toList());
        return "sturing/verwijzers";
    }

    @GetMapping("/sturing/verwijzers/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(defaultValue = "typen") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        if (!Tabel.geldigeKeuze(Verwijzertabellen.CODES, tabel, formaat, jaar)) {
            return Tabel.ongeldigeKeuze(Verwijzertabellen.CODES);
        }
        int gekozen = Tabel.jaarOf(jaar, LocalDate.now(clock).getYear());
        Tabel t = Verwijzertabellen.tabel(verwijzers.overzicht(gebruiker, gekozen), tabel);
        return t.download("verwijzers-" + gebruiker.gemeenteCode() + "-" + gekozen + "-" + tabel, formaat);
    }
}
