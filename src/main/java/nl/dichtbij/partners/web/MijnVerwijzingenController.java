package nl.dichtbij.partners.web;

import nl.dichtbij.partners.Doorverwijzingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The resident's referrals to partners in Mijn Dichtbij: to whom, what for, what they may see; he can withdraw his consent. */
@Controller
@RequestMapping("/mijn/verwijzingen")
class MijnVerwijzingenController {

    private final Doorverwijzingen doorverwijzingen;

    MijnVerwijzingenController(Doorverwijzingen doorverwijzingen) {
        this.doorverwijzingen = doorverwijzingen;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        model.addAttribute("verwijzingen", doorverwijzingen.vanInwoner(inwoner));
        return "partners/mijn";
    }

    @PostMapping("/{id}/intrekken")
    String intrekken(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id, Model model) {
        try {
            doorverwijzingen.intrekken(inwoner, id);
            return "redirect:/mijn/verwijzingen?ingetrokken";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", String.join(" ", e.fouten().values()));
            return lijst(inwoner, model);
        }
    }
}
