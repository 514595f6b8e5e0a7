package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.berichten.Aanbiedercijfers;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.sturing.Aanbiedersoverzicht;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Providers in figures (issue 17): the 80/20 list of a year and law, and one provider's page. For beleid and functioneel beheer;
 * the board sees the same with small counts left out. The provider's own page in its portal is {@link EigenCijfersController}.
 */
@Controller
class AanbiedersController {

    private final Aanbiedersoverzicht aanbieders;
    private final Clock clock;

    AanbiedersController(Aanbiedersoverzicht aanbieders, Clock clock) {
        this.aanbieders = aanbieders;
        this.clock = clock;
    }

    @GetMapping("/sturing/aanbieders")
    String lijst(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                 @RequestParam(required = false) String wet, Model model) {
        int gekozen = keuzes(jaar, model);
        Wet w = wet(wet, model);
        Aanbiedercijfers.Lijst l = aanbieders.lijst(gebruiker, gekozen, w);
        model.addAttribute("l", l);
        model.addAttribute("tabellen", List.of(Aanbiedertabellen.lijst(l)));
        return "sturing/aanbieders";
    }

    /** One provider; one in the register without figures in the year and law gets its page with a message, an unknown one is not found. */
    @GetMapping("/sturing/aanbieders/{aanbieder}")
    String aanbieder(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable String aanbieder, @RequestParam(required = false) String jaar,
                     @RequestParam(required = false) String wet, Model model) {
        if (aanbieder == null || !aanbieder.matches("\\d{8}")) {
            throw new NietGevondenException("De aanbieder");
        }
        int gekozen = keuzes(jaar, model);
        Wet w = wet(wet, model);
        Aanbiedercijfers.Lijst l = aanbieders.lijst(gebruiker, gekozen, w);
        Optional<Aanbiedercijfers.Aanbiedercijfer> a = l.aanbieder(aanbieder);
        model.addAttribute("l", l);
        model.addAttribute("agb", aanbieder);
        model.addAttribute("naam", a.map(Aanbiedercijfers.Aanbiedercijfer::naam)
                .orElseGet(() -> aanbieders.naamInRegister(gebruiker, aanbieder).orElseThrow(() -> new NietGevondenException("De aanbieder"))));
        model.addAttribute("a", a.orElse(null));
        model.addAttribute("registerId", aanbieders.idInRegister(gebruiker, aanbieder).orElse(null));
        model.addAttribute("tabellen", a.map(c -> Aanbiedertabellen.detail(c, gekozen)).orElse(List.of()));
        return "sturing/aanbieder";
    }

    /** The year (a bad one falls back to this year) and the choices of the form. */
    private int keuzes(String jaar, Model model) {
        return keuzes(jaar, LocalDate.now(clock).getYear(), model);
    }

    static int keuzes(String jaar, int ditJaar, Model model) {
        int gekozen = Tabel.jaar(jaar, ditJaar, model);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", Tabel.jaren(ditJaar, gekozen));
        return gekozen;
    }

    /** The law of the form; an unknown one is both laws, with a message. */
    static Wet wet(String wet, Model model) {
        Wet w;
        try {
            w = Aanbiedersoverzicht.wet(wet);
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", e.fouten().get("wet"));
            w = null;
        }
        model.addAttribute("wet", w == null ? "" : w.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("wetNaam", Aanbiedertabellen.wetNaam(w));
        return w;
    }
}
