package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Watwerkt;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What works (issue 18): per intervention and provider the outcome with its context, and the share of care at level 3 or 4. */
@Controller
class WatwerktController {

    private final Watwerkt watwerkt;
    private final Clock clock;

    WatwerktController(Watwerkt watwerkt, Clock clock) {
        this.watwerkt = watwerkt;
        this.clock = clock;
    }

    @GetMapping("/sturing/watwerkt")
    String watwerkt(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        int ditJaar = LocalDate.now(clock).getYear();
        int gekozen = Tabel.jaar(jaar, ditJaar, model);
        Watwerkt.Overzicht o = watwerkt.overzicht(gebruiker, gekozen);
        model.addAttribute("o", o);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", Tabel.jaren(ditJaar, gekozen));
        model.addAttribute("tabellen", tabellen(o));
        return "sturing/watwerkt";
    }

    @GetMapping("/sturing/watwerkt/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(defaultValue = "interventies") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        if (!Tabel.geldigeKeuze(Watwerkttabellen.CODES, tabel, formaat, jaar)) {
            return Tabel.ongeldigeKeuze(Watwerkttabellen.CODES);
        }
        int gekozen = Tabel.jaarOf(jaar, LocalDate.now(clock).getYear());
        Watwerkt.Overzicht o = watwerkt.overzicht(gebruiker, gekozen);
        if (tabel.equals("aanbieders") && o.zonderAanbieders()) {
            throw new org.springframework.security.access.AccessDeniedException("Het bestuur ziet de cijfers per aanbieder niet");
        }
        Tabel t = switch (tabel) {
            case "aanbieders" -> Watwerkttabellen.aanbieders(o);
            case "aandeel" -> Watwerkttabellen.aandeel(o);
            default -> Watwerkttabellen.interventies(o);
        };
        return t.download("wat-werkt-" + gebruiker.gemeenteCode() + "-" + gekozen + "-" + tabel, formaat);
    }

    private static List<Tabel> tabellen(Watwerkt.Overzicht o) {
        List<Tabel> tabellen = new ArrayList<>(List.of(Watwerkttabellen.aandeel(o), Watwerkttabellen.interventies(o)));
        if (!o.zonderAanbieders()) {
            tabellen.add(Watwerkttabellen.aanbieders(o));
        }
        return tabellen;
    }
}
