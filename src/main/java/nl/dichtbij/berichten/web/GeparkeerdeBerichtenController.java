package nl.dichtbij.berichten.web;

import nl.dichtbij.berichten.internal.Inkomend;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Functioneel beheer sees the providers' messages that failed too often, and releases one after the cause is fixed. */
@Controller
class GeparkeerdeBerichtenController {

    private static final int GROOTTE = 25;

    private final Inkomend inkomend;

    GeparkeerdeBerichtenController(Inkomend inkomend) {
        this.inkomend = inkomend;
    }

    @GetMapping("/beheer/berichten")
    String geparkeerd(@AuthenticationPrincipal Gebruiker beheerder, @RequestParam(defaultValue = "0") int pagina, Model model) {
        int p = Math.max(0, pagina);
        String gemeente = beheerder.gemeenteCode();
        model.addAttribute("pagina", new Pagina<>(inkomend.geparkeerd(gemeente, p, GROOTTE), p, GROOTTE, inkomend.aantalGeparkeerd(gemeente)));
        return "berichten/geparkeerd";
    }

    @PostMapping("/beheer/berichten/{id}/opnieuw")
    String opnieuw(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id) {
        boolean vrijgegeven = inkomend.vrijgeven(beheerder.gemeenteCode(), id);
        return "redirect:/beheer/berichten?" + (vrijgegeven ? "opnieuw=" + id : "onbekend");
    }
}
