package nl.dichtbij.catalogus.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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

/** The provider reads the published stories about itself (without names) and replies once to each. */
@Controller
@RequestMapping("/aanbieder/ervaringen")
class AanbiederErvaringenController {

    private final Ervaringen ervaringen;

    AanbiederErvaringenController(Ervaringen ervaringen) {
        this.ervaringen = ervaringen;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker aanbieder, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("verhalen", ervaringen.vanAanbieder(aanbieder, pagina, 25));
        if (!model.containsAttribute("fouten")) {
            model.addAttribute("fouten", Map.of());
        }
        return "catalogus/aanbieder-ervaringen";
    }

    @PostMapping("/{ervaringId}/reactie")
    String reageren(@AuthenticationPrincipal Gebruiker aanbieder, @PathVariable long ervaringId, @RequestParam(required = false) String reactie,
                    Model model, HttpServletResponse response) {
        try {
            ervaringen.reageren(aanbieder, ervaringId, reactie);
            return "redirect:/aanbieder/ervaringen?gereageerd";
        } catch (Ervaringen.Geweigerd e) {
            return Geweigerd.pagina(e, model, response, "/aanbieder/ervaringen", "Naar de ervaringen");
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("foutBij", ervaringId);
            model.addAttribute("ingevuld", reactie);
            return lijst(aanbieder, 0, model);
        }
    }
}
