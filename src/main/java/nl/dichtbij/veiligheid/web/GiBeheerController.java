package nl.dichtbij.veiligheid.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.veiligheid.Veiligheid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Functioneel beheer keeps the municipality's list of gecertificeerde instellingen (issue 20): the GIs a professional can choose
 * for a child protection measure, each with the AGB code its accounts carry. A GI can be renamed or stopped, not removed.
 */
@Controller
@RequestMapping("/beheer/gecertificeerde-instellingen")
class GiBeheerController {

    private final Veiligheid veiligheid;

    GiBeheerController(Veiligheid veiligheid) {
        this.veiligheid = veiligheid;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker beheer, Model model) {
        return toonLijst(beheer, Map.of(), Map.of("agbCode", "", "naam", ""), model);
    }

    @PostMapping
    String toevoegen(@AuthenticationPrincipal Gebruiker beheer, @RequestParam(required = false) String agbCode,
                     @RequestParam(required = false) String naam, Model model) {
        try {
            veiligheid.instellingToevoegen(beheer, agbCode, naam);
            return "redirect:/beheer/gecertificeerde-instellingen?toegevoegd";
        } catch (OngeldigeInvoerException e) {
            return toonLijst(beheer, e.fouten(), Map.of("agbCode", agbCode == null ? "" : agbCode, "naam", naam == null ? "" : naam), model);
        }
    }

    @GetMapping("/{id}")
    String instelling(@AuthenticationPrincipal Gebruiker beheer, @PathVariable long id, Model model) {
        Veiligheid.Gi gi = gi(beheer, id);
        Map<String, String> ingevuld = new LinkedHashMap<>();
        ingevuld.put("naam", gi.naam());
        ingevuld.put("actief", gi.actief() ? "ja" : "");
        return toonInstelling(gi, Map.of(), ingevuld, model);
    }

    @PostMapping("/{id}")
    String wijzigen(@AuthenticationPrincipal Gebruiker beheer, @PathVariable long id, @RequestParam(required = false) String naam,
                    @RequestParam(required = false) String actief, @RequestParam(required = false) String version, Model model) {
        Veiligheid.Gi gi = gi(beheer, id);
        Map<String, String> ingevuld = new LinkedHashMap<>();
        ingevuld.put("naam", naam == null ? "" : naam);
        ingevuld.put("actief", "ja".equals(actief) ? "ja" : "");
        try {
            long versie = version == null ? -1 : Long.parseLong(version.strip());
            veiligheid.instellingWijzigen(beheer, id, versie, naam, "ja".equals(actief));
            return "redirect:/beheer/gecertificeerde-instellingen?gewijzigd";
        } catch (NumberFormatException e) {
            return toonInstelling(gi, Map.of("naam", "Open de instelling opnieuw en wijzig dan."), ingevuld, model);
        } catch (OngeldigeInvoerException e) {
            return toonInstelling(gi, e.fouten(), ingevuld, model);
        }
    }

    private Veiligheid.Gi gi(Gebruiker beheer, long id) {
        return veiligheid.instelling(beheer.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("De gecertificeerde instelling"));
    }

    private String toonLijst(Gebruiker beheer, Map<String, String> fouten, Map<String, String> ingevuld, Model model) {
        model.addAttribute("instellingen", veiligheid.alleInstellingen(beheer.gemeenteCode()));
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        return "veiligheid/gi-beheer";
    }

    private String toonInstelling(Veiligheid.Gi gi, Map<String, String> fouten, Map<String, String> ingevuld, Model model) {
        model.addAttribute("instelling", gi);
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        return "veiligheid/gi-wijzigen";
    }
}
