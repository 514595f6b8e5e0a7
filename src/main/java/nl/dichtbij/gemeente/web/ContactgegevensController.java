package nl.dichtbij.gemeente.web;

import java.util.Map;

import nl.dichtbij.gemeente.Contact;
import nl.dichtbij.gemeente.Contactgegevens;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Beheer: how residents reach the sociaal team of the municipality (phone, hours, the postal address for an objection),
 * shown at the foot of every page and in every letter. Changed here, it shows at once on this node and within minutes
 * on the others.
 */
@Controller
class ContactgegevensController {

    private final Contactgegevens contactgegevens;

    ContactgegevensController(Contactgegevens contactgegevens) {
        this.contactgegevens = contactgegevens;
    }

    @GetMapping("/beheer/contactgegevens")
    String pagina(@AuthenticationPrincipal Gebruiker beheerder, Model model) {
        if (!model.containsAttribute("ingevuld")) {
            Contact contact = contactgegevens.van(beheerder.gemeenteCode()).orElse(new Contact(null, "", "", ""));
            model.addAttribute("ingevuld", Map.of("telefoon", leeg(contact.telefoon()), "postadres", leeg(contact.postadres()),
                    "bereikbaar", leeg(contact.bereikbaar())));
        }
        return "beheer/contactgegevens";
    }

    @PostMapping("/beheer/contactgegevens")
    String vastleggen(@AuthenticationPrincipal Gebruiker beheerder, @RequestParam(required = false) String telefoon,
                      @RequestParam(required = false) String postadres, @RequestParam(required = false) String bereikbaar, Model model) {
        try {
            contactgegevens.vastleggen(beheerder.gemeenteCode(), telefoon, postadres, bereikbaar);
            return "redirect:/beheer/contactgegevens?bewaard";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", Map.of("telefoon", leeg(telefoon), "postadres", leeg(postadres), "bereikbaar", leeg(bereikbaar)));
            return pagina(beheerder, model);
        }
    }

    private static String leeg(String tekst) {
        return tekst == null ? "" : tekst;
    }
}
