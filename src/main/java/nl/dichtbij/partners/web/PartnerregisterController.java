package nl.dichtbij.partners.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.partners.Partner;
import nl.dichtbij.partners.Partnerregister;
import nl.dichtbij.partners.Partnersoort;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Functioneel beheer keeps the municipality's partners: who they are, what they do, how to reach them, which accounts are theirs. */
@Controller
@RequestMapping("/beheer/partners")
class PartnerregisterController {

    private static final List<String> VELDEN = List.of("naam", "soort", "watZijDoen", "telefoon", "email", "organisatie");

    private final Partnerregister register;

    PartnerregisterController(Partnerregister register) {
        this.register = register;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker beheer, Model model) {
        return toonLijst(beheer, Map.of(), leeg(), model);
    }

    @PostMapping
    String toevoegen(@AuthenticationPrincipal Gebruiker beheer, @RequestParam Map<String, String> velden, Model model) {
        try {
            register.toevoegen(beheer, gegevens(velden));
            return "redirect:/beheer/partners?toegevoegd";
        } catch (OngeldigeInvoerException e) {
            return toonLijst(beheer, e.fouten(), ingevuld(velden), model);
        }
    }

    @GetMapping("/{id}")
    String partner(@AuthenticationPrincipal Gebruiker beheer, @PathVariable long id, Model model) {
        Partner p = register.partner(beheer.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("De partner"));
        Map<String, String> ingevuld = new LinkedHashMap<>();
        ingevuld.put("naam", p.naam());
        ingevuld.put("soort", p.soort().name());
        ingevuld.put("watZijDoen", p.watZijDoen());
        ingevuld.put("telefoon", p.telefoon() == null ? "" : p.telefoon());
        ingevuld.put("email", p.email() == null ? "" : p.email());
        ingevuld.put("organisatie", p.organisatie() == null ? "" : p.organisatie());
        ingevuld.put("actief", p.actief() ? "ja" : "");
        return toonPartner(p, Map.of(), ingevuld, model);
    }

    @PostMapping("/{id}")
    String wijzigen(@AuthenticationPrincipal Gebruiker beheer, @PathVariable long id, @RequestParam Map<String, String> velden, Model model) {
        Partner p = register.partner(beheer.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("De partner"));
        try {
            long version = velden.get("version") == null ? -1 : Long.parseLong(velden.get("version").strip());
            register.wijzigen(beheer, id, version, gegevens(velden), "ja".equals(velden.get("actief")));
            return "redirect:/beheer/partners?gewijzigd";
        } catch (NumberFormatException e) {
            return toonPartner(p, Map.of("naam", "Open de partner opnieuw en wijzig dan."), ingevuld(velden), model);
        } catch (OngeldigeInvoerException e) {
            Map<String, String> ingevuld = ingevuld(velden);
            ingevuld.put("actief", "ja".equals(velden.get("actief")) ? "ja" : "");
            return toonPartner(p, e.fouten(), ingevuld, model);
        }
    }

    private String toonLijst(Gebruiker beheer, Map<String, String> fouten, Map<String, String> ingevuld, Model model) {
        model.addAttribute("partners", register.lijst(beheer.gemeenteCode()));
        model.addAttribute("soorten", Partnersoort.values());
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        return "partners/register";
    }

    private String toonPartner(Partner p, Map<String, String> fouten, Map<String, String> ingevuld, Model model) {
        model.addAttribute("partner", p);
        model.addAttribute("soorten", Partnersoort.values());
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        return "partners/partner";
    }

    private static Partnerregister.Gegevens gegevens(Map<String, String> v) {
        Partnersoort soort = null;
        try {
            soort = v.get("soort") == null || v.get("soort").isBlank() ? null : Partnersoort.valueOf(v.get("soort"));
        } catch (IllegalArgumentException e) {
            soort = null;
        }
        return new Partnerregister.Gegevens(v.get("naam"), soort, v.get("watZijDoen"), v.get("telefoon"), v.get("email"), v.get("organisatie"));
    }

    private static Map<String, String> ingevuld(Map<String, String> velden) {
        Map<String, String> ingevuld = new LinkedHashMap<>();
        VELDEN.forEach(veld -> ingevuld.put(veld, velden.getOrDefault(veld, "")));
        return ingevuld;
    }

    private static Map<String, String> leeg() {
        Map<String, String> ingevuld = new LinkedHashMap<>();
        VELDEN.forEach(veld -> ingevuld.put(veld, ""));
        return ingevuld;
    }
}
