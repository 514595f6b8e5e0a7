package nl.dichtbij.marktplaats.web;

import java.util.Map;

import nl.dichtbij.marktplaats.Marktplaats;
import nl.dichtbij.marktplaats.Oordeel;
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

/** The resident's side: his requests on the marketplace, and his say on the provider the regisseur proposes. */
@Controller
@RequestMapping("/mijn/marktplaats")
class MijnMarktController {

    private final Marktplaats marktplaats;

    MijnMarktController(Marktplaats marktplaats) {
        this.marktplaats = marktplaats;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        return toon(inwoner, null, Map.of(), "", model);
    }

    @PostMapping("/{id}/oordeel")
    String oordelen(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id, @RequestParam(required = false) String oordeel,
                    @RequestParam(required = false) String toelichting, Model model) {
        try {
            marktplaats.oordelen(inwoner, id, Formulier.keuze(Oordeel.class, oordeel), toelichting);
            return "redirect:/mijn/marktplaats?gegeven";
        } catch (OngeldigeInvoerException e) {
            return toon(inwoner, id, e.fouten(), toelichting == null ? "" : toelichting, model);
        }
    }

    private String toon(Gebruiker inwoner, Long foutVoor, Map<String, String> fouten, String toelichting, Model model) {
        model.addAttribute("verzoeken", marktplaats.vanInwoner(inwoner));
        model.addAttribute("foutVoor", foutVoor);
        model.addAttribute("fouten", fouten);
        model.addAttribute("toelichting", toelichting);
        model.addAttribute("oordelen", Oordeel.values());
        return "marktplaats/mijn";
    }
}
