package nl.dichtbij.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Functioneel beheer sees which accounts of the municipality are refused after failed logins and
 * lifts a block once the employee has been reached (by phone, in person) — the reset path for a
 * colleague whom somebody else keeps locked out.
 */
@Controller
class InlogblokkadeController {

    private final InlogBegrenzer begrenzer;
    private final UserDetailsService accounts;

    InlogblokkadeController(InlogBegrenzer begrenzer, UserDetailsService accounts) {
        this.begrenzer = begrenzer;
        this.accounts = accounts;
    }

    @GetMapping("/beheer/inlogblokkades")
    String blokkades(@AuthenticationPrincipal Gebruiker beheerder, Model model) {
        Map<String, Long> vanGemeente = new LinkedHashMap<>();
        begrenzer.geblokkeerdeAccounts().forEach((naam, pogingen) -> {
            if (vanGemeente(beheerder, naam)) {
                vanGemeente.put(naam, pogingen);
            }
        });
        model.addAttribute("blokkades", vanGemeente);
        return "beheer/inlogblokkades";
    }

    @PostMapping("/beheer/inlogblokkades")
    String opheffen(@AuthenticationPrincipal Gebruiker beheerder, @RequestParam String gebruikersnaam) {
        if (!vanGemeente(beheerder, gebruikersnaam)) {
            return "redirect:/beheer/inlogblokkades?onbekend";
        }
        begrenzer.opheffen(gebruikersnaam);
        return "redirect:/beheer/inlogblokkades?opgeheven";
    }

    private boolean vanGemeente(Gebruiker beheerder, String naam) {
        try {
            UserDetails account = accounts.loadUserByUsername(naam);
            return account instanceof Gebruiker g && beheerder.gemeenteCode().equals(g.gemeenteCode());
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
