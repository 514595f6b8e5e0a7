package nl.dichtbij.catalogus.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.catalogus.Ervaringen;
import nl.dichtbij.catalogus.Ervaringsregels;
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
 * The resident (or whoever acts for him) tells in Mijn Dichtbij how the care of a provider was: three marks and a story,
 * once per toewijzing, after the care stopped or ran half a year. He sees his stories and what beheer did with them.
 */
@Controller
@RequestMapping("/mijn/ervaringen")
class MijnErvaringenController {

    private final Ervaringen ervaringen;

    MijnErvaringenController(Ervaringen ervaringen) {
        this.ervaringen = ervaringen;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        model.addAttribute("uitnodigingen", ervaringen.uitnodigingen(inwoner));
        model.addAttribute("ervaringen", ervaringen.vanInwoner(inwoner));
        return "catalogus/mijn-ervaringen";
    }

    @GetMapping("/{toewijzingId}")
    String formulier(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long toewijzingId, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("uitnodiging", ervaringen.uitnodiging(inwoner, toewijzingId));
        } catch (Ervaringen.Geweigerd e) {
            return Geweigerd.pagina(e, model, response, "/mijn/ervaringen", "Naar mijn ervaringen");
        }
        model.addAttribute("onderdelen", Ervaringsregels.Onderdeel.values());
        model.addAttribute("ingevuld", Map.of());
        return "catalogus/mijn-ervaring";
    }

    @PostMapping("/{toewijzingId}")
    String versturen(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long toewijzingId, @RequestParam(required = false) String luisteren,
                     @RequestParam(required = false) String afspraken, @RequestParam(required = false) String resultaat,
                     @RequestParam(required = false) String verhaal, Model model, HttpServletResponse response) {
        try {
            ervaringen.schrijven(inwoner, toewijzingId, new Ervaringsregels.Invoer(getal(luisteren), getal(afspraken), getal(resultaat), verhaal));
            return "redirect:/mijn/ervaringen?verstuurd";
        } catch (Ervaringen.Geweigerd e) {
            return Geweigerd.pagina(e, model, response, "/mijn/ervaringen", "Naar mijn ervaringen");
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("uitnodiging", ervaringen.uitnodiging(inwoner, toewijzingId));
            model.addAttribute("onderdelen", Ervaringsregels.Onderdeel.values());
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", new java.util.HashMap<>(Map.of("luisteren", leeg(luisteren), "afspraken", leeg(afspraken),
                    "resultaat", leeg(resultaat), "verhaal", leeg(verhaal))));
            return "catalogus/mijn-ervaring";
        }
    }

    private static String leeg(String tekst) {
        return tekst == null ? "" : tekst;
    }

    /** A mark as the radio buttons send it; anything else is no mark (the rules say which). */
    static Integer getal(String tekst) {
        return tekst != null && tekst.strip().matches("\\d{1,2}") ? Integer.valueOf(tekst.strip()) : null;
    }
}
