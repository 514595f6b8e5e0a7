package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.sturing.Aanbiedersoverzicht;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's own figures in its portal (issue 17): what beleid sees of it on the provider page, in the municipality of its
 * account, with its place in the 80/20 list; never another provider's name or figures. Linked from the portal's message page.
 */
@Controller
class EigenCijfersController {

    private final Aanbiedersoverzicht aanbieders;
    private final Clock clock;

    EigenCijfersController(Aanbiedersoverzicht aanbieders, Clock clock) {
        this.aanbieders = aanbieders;
        this.clock = clock;
    }

    @GetMapping("/aanbieder/cijfers")
    String cijfers(@AuthenticationPrincipal Gebruiker aanbieder, @RequestParam(required = false) String jaar,
                   @RequestParam(required = false) String wet, Model model) {
        int gekozen = AanbiedersController.keuzes(jaar, LocalDate.now(clock).getYear(), model);
        Wet w = AanbiedersController.wet(wet, model);
        Aanbiedersoverzicht.Eigen e = aanbieders.eigen(aanbieder, gekozen, w);
        model.addAttribute("e", e);
        model.addAttribute("tabellen", e.eigen().map(a -> Aanbiedertabellen.detail(a, gekozen)).orElse(java.util.List.of()));
        return "sturing/eigen-cijfers";
    }
}
