package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Kostenoverzicht;
import nl.dichtbij.sturing.Kostenranglijst;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Cost per client and its concentration; for the teamleider also the households ranked by cost, with names. */
@Controller
class KostenController {

    private final Kostenoverzicht kosten;
    private final Kostenranglijst ranglijst;
    private final Clock clock;

    KostenController(Kostenoverzicht kosten, Kostenranglijst ranglijst, Clock clock) {
        this.kosten = kosten;
        this.ranglijst = ranglijst;
        this.clock = clock;
    }

    @GetMapping("/sturing/kosten")
    String kosten(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        int gekozen = jaar(jaar, model);
        Kostenoverzicht.Overzicht o = kosten.overzicht(gebruiker, gekozen);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", jaren(gekozen));
        model.addAttribute("o", o);
        // the spread left out for the board is explained above the tables, not shown as an empty one
        model.addAttribute("tabellen", Kostentabellen.CODES.stream().filter(c -> !(o.concentratieOnderdrukt() && c.equals("concentratie")))
                .map(c -> Kostentabellen.tabel(o, c)).toList());
        return "sturing/kosten";
    }

    @GetMapping("/sturing/kosten/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(defaultValue = "categorieen") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        if (!Tabel.geldigeKeuze(Kostentabellen.CODES, tabel, formaat, jaar)) {
            return Tabel.ongeldigeKeuze(Kostentabellen.CODES);
        }
        int gekozen = Tabel.jaarOf(jaar, LocalDate.now(clock).getYear());
        return Kostentabellen.tabel(kosten.overzicht(gebruiker, gekozen), tabel).download("kosten-" + gebruiker.gemeenteCode() + "-" + gekozen + "-" + tabel,
                formaat);
    }

    @GetMapping("/sturing/kosten/huishoudens")
    String huishoudens(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                       @RequestParam(required = false) String pagina, Model model) {
        int gekozen = jaar(jaar, model);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("lijst", ranglijst.lijst(gebruiker, gekozen, Tabel.pagina(pagina)));
        model.addAttribute("basis", "/sturing/kosten/huishoudens?jaar=" + gekozen);
        return "sturing/kostenhuishoudens";
    }

    private int jaar(String jaar, Model model) {
        return Tabel.jaar(jaar, LocalDate.now(clock).getYear(), model);
    }

    private java.util.List<Integer> jaren(int gekozen) {
        return Tabel.jaren(LocalDate.now(clock).getYear(), gekozen);
    }
}
