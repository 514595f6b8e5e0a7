package nl.dichtbij.partners.web;

import java.util.Map;

import nl.dichtbij.partners.Doorverwijzingen;
import nl.dichtbij.participatie.Trede;
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

/** The partner's side of a referral: the referrals to its organisation, one with what it may see, and its answer and report back. */
@Controller
@RequestMapping("/partner/verwijzingen")
class PartnerportaalController {

    private final Doorverwijzingen doorverwijzingen;

    PartnerportaalController(Doorverwijzingen doorverwijzingen) {
        this.doorverwijzingen = doorverwijzingen;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker partner, Model model) {
        model.addAttribute("verwijzingen", doorverwijzingen.voorPartner(partner));
        return "partners/portaal";
    }

    @GetMapping("/{id}")
    String verwijzing(@AuthenticationPrincipal Gebruiker partner, @PathVariable long id, Model model) {
        return toon(partner, id, Map.of(), Map.of(), model);
    }

    @PostMapping("/{id}/aannemen")
    String aannemen(@AuthenticationPrincipal Gebruiker partner, @PathVariable long id, Model model) {
        try {
            doorverwijzingen.aannemen(partner, id);
            return "redirect:/partner/verwijzingen/" + id + "?aangenomen";
        } catch (OngeldigeInvoerException e) {
            return toon(partner, id, e.fouten(), Map.of(), model);
        }
    }

    @PostMapping("/{id}/afwijzen")
    String afwijzen(@AuthenticationPrincipal Gebruiker partner, @PathVariable long id, @RequestParam(required = false) String reden, Model model) {
        try {
            doorverwijzingen.afwijzen(partner, id, reden);
            return "redirect:/partner/verwijzingen/" + id + "?afgewezen";
        } catch (OngeldigeInvoerException e) {
            return toon(partner, id, e.fouten(), Map.of("reden", reden == null ? "" : reden), model);
        }
    }

    @PostMapping("/{id}/terugmelden")
    String terugmelden(@AuthenticationPrincipal Gebruiker partner, @PathVariable long id, @RequestParam(required = false) String resultaat,
                       @RequestParam(required = false) String trede, Model model) {
        Integer gekozen = null;
        try {
            gekozen = trede == null || trede.isBlank() ? null : Integer.valueOf(trede.strip());
        } catch (NumberFormatException e) {
            return toon(partner, id, Map.of("trede", "Kies een trede van 1 tot en met 6, of geen."), Map.of("resultaat", resultaat == null ? "" : resultaat), model);
        }
        try {
            doorverwijzingen.terugmelden(partner, id, resultaat, gekozen);
            return "redirect:/partner/verwijzingen/" + id + "?teruggemeld";
        } catch (OngeldigeInvoerException e) {
            return toon(partner, id, e.fouten(), Map.of("resultaat", resultaat == null ? "" : resultaat, "trede", trede == null ? "" : trede), model);
        }
    }

    private String toon(Gebruiker partner, long id, Map<String, String> fouten, Map<String, String> ingevuld, Model model) {
        model.addAttribute("inzage", doorverwijzingen.inzage(partner, id));
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        model.addAttribute("treden", Trede.values());
        return "partners/verwijzing";
    }
}
