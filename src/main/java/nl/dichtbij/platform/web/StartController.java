package nl.dichtbij.platform.web;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page, login, and the start page that sends each role to its own work. */
@Controller
class StartController {

    @GetMapping("/")
    String voorpagina() {
        return "index";
    }

    @GetMapping("/inloggen")
    String inloggen() {
        return "inloggen";
    }

    @GetMapping("/toegankelijkheid")
    String toegankelijkheid() {
        return "toegankelijkheid";
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal Gebruiker gebruiker) {
        return switch (gebruiker.rol()) {
            case INWONER -> "redirect:/mijn";
            case CONSULENT -> "redirect:/werk";
            case TEAMLEIDER -> "redirect:/teams";
            case BEHEER -> "redirect:/beheer/sociale-kaart";
            case AANBIEDER, BELEID -> "start";
        };
    }
}
