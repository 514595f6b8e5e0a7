package nl.dichtbij.werkplek.web;

import nl.dichtbij.aanbod.Voortgangsgesprekken;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    /** {@code afgerond}: the talk whose follow-up was just closed here, so the message can lead back to it. */
    @GetMapping("/werk/beleid")
    String werkbak(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(required = false) String afgerond, Model model) {
        if (afgerond != null) {
            model.addAttribute("afgerond", true);
            if (afgerond.matches("[0-9]{1,18}")) {
                model.addAttribute("afgerondGesprek", Long.valueOf(afgerond));
            }
        }
        model.addAttribute("afspraken", gesprekken.openVervolgafspraken(beleid, WerkbakController.REGELS));
        model.addAttribute("accounts", gesprekken.accounts(beleid));
        return "werk/beleid";
    }
}
