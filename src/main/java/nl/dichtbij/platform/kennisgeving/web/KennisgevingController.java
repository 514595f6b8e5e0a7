package nl.dichtbij.platform.kennisgeving.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.kennisgeving.Kanaal;
import nl.dichtbij.platform.kennisgeving.Kennisgevingen;
import nl.dichtbij.platform.kennisgeving.Ontvanger;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where someone wants to hear that something waits for him: a resident in Mijn Dichtbij (news on his case, plan or
 * question), a professional on his werkplek (every working morning what waits for him). Per channel: give the address,
 * type the code sent there, change it or stop. Works without JavaScript.
 */
@Controller
class KennisgevingController {

    static final String INWONER = "/mijn/email";
    static final String MEDEWERKER = "/werk/berichten-over-nieuws";

    private final Kennisgevingen kennisgevingen;

    KennisgevingController(Kennisgevingen kennisgevingen) {
        this.kennisgevingen = kennisgevingen;
    }

    @GetMapping({INWONER, MEDEWERKER})
    String pagina(@AuthenticationPrincipal Gebruiker gebruiker, HttpServletRequest verzoek, Model model) {
        Ontvanger wie = ontvanger(gebruiker);
        Map<Kanaal, Kennisgevingen.Adres> adressen = new LinkedHashMap<>();
        kennisgevingen.kanalen().forEach(k -> kennisgevingen.adres(wie, k).ifPresent(a -> adressen.put(k, a)));
        model.addAttribute("kanalen", kennisgevingen.kanalen());
        model.addAttribute("adressen", adressen);
        model.addAttribute("medewerker", wie.medewerker());
        model.addAttribute("actie", wie.medewerker() ? MEDEWERKER : INWONER);
        model.addAttribute("namens", gebruiker.handeltNamensIemand() ? gebruiker.naam() : null);
        return "kennisgeving/instellen";
    }

    @PostMapping({INWONER, MEDEWERKER})
    String wijzigen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam Kanaal kanaal, @RequestParam String actie,
                    @RequestParam(required = false) String adres, @RequestParam(required = false) String code,
                    HttpServletRequest verzoek, Model model) {
        Ontvanger wie = ontvanger(gebruiker);
        String terug = wie.medewerker() ? MEDEWERKER : INWONER;
        try {
            switch (actie) {
                case "instellen" -> {
                    if (!kennisgevingen.instellen(wie, kanaal, adres)) {
                        return "redirect:" + terug + "?ongewijzigd=" + kanaal.name();
                    }
                }
                case "bevestigen" -> kennisgevingen.bevestigen(wie, kanaal, code);
                case "nieuweCode" -> kennisgevingen.nieuweCode(wie, kanaal);
                case "uitzetten" -> kennisgevingen.uitzetten(wie, kanaal);
                default -> throw new OngeldigeInvoerException("adres", "Kies wat u wilt doen.");
            }
            return "redirect:" + terug + "?" + actie + "=" + kanaal.name();
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("foutKanaal", kanaal);
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", adres);
            model.addAttribute("ingevuldeCode", code);
            return pagina(gebruiker, verzoek, model);
        }
    }

    private static Ontvanger ontvanger(Gebruiker gebruiker) {
        if (gebruiker.is(Rol.INWONER)) {
            // a representative sets where he himself is told, not the represented person's
            Gebruiker zelf = gebruiker.zelf();
            return Ontvanger.inwoner(zelf.gemeenteCode(), zelf.bsn());
        }
        return Ontvanger.medewerker(gebruiker.gemeenteCode(), gebruiker.gebruikersnaam());
    }
}
