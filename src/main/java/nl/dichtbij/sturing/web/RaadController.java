package nl.dichtbij.sturing.web;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Raadsoverzicht;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The council's overview: are we reaching the goals, is the budget holding. No personal data. */
@Controller
class RaadController {

    private final Raadsoverzicht raadsoverzicht;

    RaadController(Raadsoverzicht raadsoverzicht) {
        this.raadsoverzicht = raadsoverzicht;
    }

    @GetMapping("/sturing/raad")
    String raad(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) Integer jaar, Model model) {
        Raadsoverzicht.Overzicht o = raadsoverzicht.overzicht(gebruiker, Tabel.geldigJaar(jaar) ? jaar : null);
        model.addAttribute("o", o);
        model.addAttribute("jaren", raadsoverzicht.jaren());
        model.addAttribute("staven", Geldtabellen.staven(o.themas()));
        return "sturing/raad";
    }
}
