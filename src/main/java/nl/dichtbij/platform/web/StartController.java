package nl.dichtbij.platform.web;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page, login, and the start page that sends each role to its own work. */
@Controller
class StartController {

    private final boolean demoLogin;
    private final java.util.List<nl.dichtbij.platform.Startplek> startplekken;

    StartController(@org.springframework.beans.factory.annotation.Value("${dichtbij.demo.form-login:false}") boolean demoLogin,
                    java.util.List<nl.dichtbij.platform.Startplek> startplekken) {
        this.demoLogin = demoLogin;
        this.startplekken = startplekken;
    }

    @GetMapping("/")
    String voorpagina() {
        return "index";
    }

    @GetMapping("/inloggen")
    String inloggen(org.springframework.ui.Model model) {
        model.addAttribute("demoLogin", demoLogin);
        return "inloggen";
    }

    /**
     * Logging out is a POST (with its CSRF token); someone who opens the address itself — a bookmark, the back button after
     * logging out — gets the button to log out, or, already logged out, the front page that says so.
     */
    @GetMapping("/uitloggen")
    String uitloggen(@AuthenticationPrincipal Gebruiker gebruiker) {
        return gebruiker == null ? "redirect:/?uitgelogd" : "uitloggen";
    }

    @GetMapping("/toegankelijkheid")
    String toegankelijkheid() {
        return "toegankelijkheid";
    }

    /** The address of functional management itself opens its first page. */
    @GetMapping("/beheer")
    String beheer() {
        return "redirect:/beheer/sociale-kaart";
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal Gebruiker gebruiker) {
        for (nl.dichtbij.platform.Startplek plek : startplekken) {
            java.util.Optional<String> eigen = plek.voor(gebruiker);
            if (eigen.isPresent()) {
                return "redirect:" + eigen.get();
            }
        }
        return switch (gebruiker.rol()) {
            case INWONER -> "redirect:/mijn";
            case CONSULENT -> "redirect:/werk";
            case TEAMLEIDER -> "redirect:/teams";
            case BEHEER -> "redirect:/beheer/sociale-kaart";
            case AANBIEDER -> "redirect:/aanbieder";
            case PRIVACY -> "redirect:/privacy";
            case BELEID -> "redirect:/werk/beleid";
            case BESTUUR -> "redirect:/programma";
            case REGIO -> "redirect:/regio";
        };
    }
}
