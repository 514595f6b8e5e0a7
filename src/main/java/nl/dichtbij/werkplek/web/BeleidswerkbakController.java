package nl.dichtbij.werkplek.web;

import nl.dichtbij.aanbod.Voortgangsgesprekken;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The werkbak of beleid en inkoop, his start page: the follow-ups of talks with providers that are his and still open (aanbod,
 * one query, the first due first, late ones in words) and the providers he is the account holder of. Composed from the public
 * API of the module that owns the data, like the professional's werkbak (docs/decisions/0011, 0016).
 */
@Controller
class BeleidswerkbakController {

    private final Voortgangsgesprekken gesprekken;

    BeleidswerkbakController(Voortgangsgesprekken gesprekken) {
        this.gesprekken = gesprekken;
    }

    @GetMapping("/werk/beleid")
    String werkbak(@AuthenticationPrincipal Gebruiker beleid, Model model) {
        model.addAttribute("afspraken", gesprekken.openVervolgafspraken(beleid, WerkbakController.REGELS));
        model.addAttribute("accounts", gesprekken.accounts(beleid));
        return "werk/beleid";
    }
}
