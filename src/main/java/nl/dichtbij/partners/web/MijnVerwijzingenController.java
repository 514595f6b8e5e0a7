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
import org.springframework.web.bind.annotation.RequestParam;

/** The resident's referrals to partners in Mijn Dichtbij: to whom, what for, what they may see; he can withdraw his consent. */
@Controller
@RequestMapping("/mijn/verwijzingen")
class MijnVerwijzingenController {

    private final Doorverwijzingen doorverwijzingen;

    MijnVerwijzingenController(Doorverwijzingen doorverwijzingen) {
        this.doorverwijzingen = doorverwijzingen;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(required = false) Long ingetrokken, Model model) {
        var verwijzingen = doorverwijzingen.vanInwoner(inwoner);
        model.addAttribute("verwijzingen", verwijzingen);
        // the success message names the organisation that no longer sees the referral
        model.addAttribute("ingetrokkenBij", ingetrokken == null ? null : verwijzingen.stream().filter(v -> v.id() == ingetrokken)
                .map(nl.dichtbij.partners.Doorverwijzing::partnerNaam).findFirst().orElse(null));
        return "partners/mijn";
    }

    @PostMapping("/{id}/intrekken")
    String intrekken(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id, Model model) {
        try {
            doorverwijzingen.intrekken(inwoner, id);
            return "redirect:/mijn/verwijzingen?ingetrokken=" + id;
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", String.join(" ", e.fouten().values()));
            return lijst(inwoner, null, model);
        }
    }
}
