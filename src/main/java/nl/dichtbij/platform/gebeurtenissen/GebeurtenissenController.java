package nl.dichtbij.platform.gebeurtenissen;

import java.util.UUID;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Functioneel beheer sees the events that were not handled and offers a stopped one once more. */
@Controller
class GebeurtenissenController {

    private static final Logger LOG = LoggerFactory.getLogger(GebeurtenissenController.class);

    private final Gebeurtenissen gebeurtenissen;

    GebeurtenissenController(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @GetMapping("/beheer/gebeurtenissen")
    String lijst(@RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("telling", gebeurtenissen.telling());
        model.addAttribute("regels", gebeurtenissen.onafgemaakt(pagina));
        model.addAttribute("maxPogingen", gebeurtenissen.maxPogingen());
        model.addAttribute("wachtminuten", Math.max(1, gebeurtenissen.wachttijd().toMinutes()));
        return "beheer/gebeurtenissen";
    }

    @PostMapping("/beheer/gebeurtenissen/{id}/opnieuw")
    String opnieuw(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable String id) {
        UUID publicatie;
        try {
            publicatie = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NietGevondenException("De gebeurtenis");
        }
        return switch (gebeurtenissen.opnieuwAanbieden(publicatie)) {
            case AANGEBODEN -> {
                LOG.info("Gebeurtenis {} opnieuw aangeboden door {}", publicatie, beheerder.gebruikersnaam());
                yield "redirect:/beheer/gebeurtenissen?aangeboden";
            }
            case NIET_GESTOPT -> "redirect:/beheer/gebeurtenissen?verdwenen";
            case BEZET -> "redirect:/beheer/gebeurtenissen?bezet";
        };
    }
}
