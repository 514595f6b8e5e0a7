package nl.dichtbij.programma.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.programma.Antwoord;
import nl.dichtbij.programma.Clientervaring;
import nl.dichtbij.programma.Clientervaringen;
import nl.dichtbij.programma.Stelling;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The invited resident answers the statutory client experience survey in Mijn Dichtbij, once, anonymously (issue 21). */
@Controller
class MijnClientervaringController {

    private final Clientervaringen onderzoeken;

    MijnClientervaringController(Clientervaringen onderzoeken) {
        this.onderzoeken = onderzoeken;
    }

    @GetMapping("/mijn/clientervaring")
    String formulier(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        return toon(inwoner, Map.of(), Map.of(), model);
    }

    @PostMapping("/mijn/clientervaring")
    String beantwoorden(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(required = false) Long onderzoekId,
                        @RequestParam Map<String, String> invoer, Model model) {
        Clientervaring o = onderzoekId == null ? null
                : onderzoeken.uitnodigingen(inwoner).stream().filter(u -> u.id() == onderzoekId).findFirst().orElse(null);
        if (o == null) {
            return "redirect:/mijn/clientervaring";
        }
        Map<Stelling, Antwoord> antwoorden = new EnumMap<>(Stelling.class);
        Map<String, String> gekozen = new LinkedHashMap<>();
        for (Stelling s : Stelling.van(o.wet())) {
            String waarde = invoer.get(s.veld());
            for (Antwoord a : Antwoord.values()) {
                if (a.name().equals(waarde)) {
                    antwoorden.put(s, a);
                    gekozen.put(s.veld(), a.name());
                }
            }
        }
        try {
            onderzoeken.beantwoorden(inwoner, o.id(), antwoorden);
            return "redirect:/mijn/clientervaring?bedankt";
        } catch (OngeldigeInvoerException e) {
            return toon(inwoner, e.fouten(), gekozen, model);
        }
    }

    private String toon(Gebruiker inwoner, Map<String, String> fouten, Map<String, String> gekozen, Model model) {
        List<Clientervaring> uitnodigingen = onderzoeken.uitnodigingen(inwoner);
        Clientervaring o = uitnodigingen.isEmpty() ? null : uitnodigingen.getFirst();
        model.addAttribute("onderzoek", o);
        model.addAttribute("stellingen", o == null ? List.of() : Stelling.van(o.wet()));
        model.addAttribute("antwoorden", Antwoord.values());
        model.addAttribute("fouten", fouten);
        model.addAttribute("gekozen", gekozen);
        return "programma/mijn-clientervaring";
    }
}
