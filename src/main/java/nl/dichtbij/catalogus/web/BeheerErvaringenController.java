package nl.dichtbij.catalogus.web;

import nl.dichtbij.catalogus.Ervaring;
import nl.dichtbij.catalogus.Ervaringen;
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

/**
 * Functioneel beheer checks every story before it is published: removes personal data by editing the text that goes out,
 * or refuses it with a reason the resident reads. Also the refused attempts (abuse) of the municipality.
 */
@Controller
@RequestMapping("/beheer/ervaringen")
class BeheerErvaringenController {

    private final Ervaringen ervaringen;

    BeheerErvaringenController(Ervaringen ervaringen) {
        this.ervaringen = ervaringen;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker beheer, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("wachtend", ervaringen.wachtend(beheer, pagina, 25));
        model.addAttribute("beoordeeld", ervaringen.beoordeeld(beheer, 10));
        model.addAttribute("weigeringen", ervaringen.weigeringen(beheer, 10));
        return "catalogus/beheer-ervaringen";
    }

    @GetMapping("/{ervaringId}")
    String ervaring(@AuthenticationPrincipal Gebruiker beheer, @PathVariable long ervaringId, Model model) {
        Ervaring e = ervaringen.ervaring(beheer, ervaringId);
        model.addAttribute("ervaring", e);
        model.addAttribute("tekst", e.verhaal());
        return "catalogus/beheer-ervaring";
    }

    @PostMapping("/{ervaringId}/publiceren")
    String publiceren(@AuthenticationPrincipal Gebruiker beheer, @PathVariable long ervaringId, @RequestParam(defaultValue = "-1") int versie,
                      @RequestParam(required = false) String tekst, Model model) {
        try {
            ervaringen.publiceren(beheer, ervaringId, versie, tekst);
            return "redirect:/beheer/ervaringen?gepubliceerd";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("ervaring", ervaringen.ervaring(beheer, ervaringId));
            model.addAttribute("tekst", tekst);
            model.addAttribute("fouten", e.fouten());
            return "catalogus/beheer-ervaring";
        }
    }

    @PostMapping("/{ervaringId}/afwijzen")
    String afwijzen(@AuthenticationPrincipal Gebruiker beheer, @PathVariable long ervaringId, @RequestParam(defaultValue = "-1") int versie,
                    @RequestParam(required = false) String reden, Model model) {
        try {
            ervaringen.afwijzen(beheer, ervaringId, versie, reden);
            return "redirect:/beheer/ervaringen?afgewezen";
        } catch (OngeldigeInvoerException e) {
            Ervaring ervaring = ervaringen.ervaring(beheer, ervaringId);
            model.addAttribute("ervaring", ervaring);
            model.addAttribute("tekst", ervaring.verhaal());
            model.addAttribute("reden", reden);
            model.addAttribute("fouten", e.fouten());
            return "catalogus/beheer-ervaring";
        }
    }
}
