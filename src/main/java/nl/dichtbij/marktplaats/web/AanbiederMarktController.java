package nl.dichtbij.marktplaats.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.marktplaats.Marktplaats;
import nl.dichtbij.platform.Bedrag;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's side of the marketplace: the anonymised requests its organisation may bid on (a contract for the product),
 * questions with the answers every bidder sees, and one sealed bid per request. Nothing of the resident is on these pages.
 */
@Controller
@RequestMapping("/aanbieder/marktplaats")
class AanbiederMarktController {

    private final Marktplaats marktplaats;

    AanbiederMarktController(Marktplaats marktplaats) {
        this.marktplaats = marktplaats;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker aanbieder, Model model) {
        model.addAttribute("verzoeken", marktplaats.voorAanbieder(aanbieder));
        return "marktplaats/aanbieder-lijst";
    }

    @GetMapping("/{id}")
    String verzoek(@AuthenticationPrincipal Gebruiker aanbieder, @PathVariable long id, Model model) {
        return toon(aanbieder, id, Map.of(), Map.of(), model);
    }

    @PostMapping("/{id}/vragen")
    String vragen(@AuthenticationPrincipal Gebruiker aanbieder, @PathVariable long id, @RequestParam(required = false) String vraag, Model model,
                  HttpServletResponse response) {
        try {
            marktplaats.vragen(aanbieder, id, vraag);
            return "redirect:/aanbieder/marktplaats/" + id + "?gevraagd#vragen";
        } catch (OngeldigeInvoerException e) {
            return toonOfWeiger(aanbieder, id, e, Map.of("vraag", vraag == null ? "" : vraag), model, response);
        }
    }

    @PostMapping("/{id}/bod")
    String bieden(@AuthenticationPrincipal Gebruiker aanbieder, @PathVariable long id, @RequestParam MultiValueMap<String, String> velden, Model model,
                  HttpServletResponse response) {
        Long centen = Bedrag.centen(velden.getFirst("prijs"));
        try {
            marktplaats.bieden(aanbieder, id, velden.getFirst("plan"), centen, Formulier.heel(velden.getFirst("urenPerWeek")));
            return "redirect:/aanbieder/marktplaats/" + id + "?geboden";
        } catch (OngeldigeInvoerException e) {
            Map<String, String> fouten = new LinkedHashMap<>(e.fouten());
            if (centen == null && velden.getFirst("prijs") != null && !velden.getFirst("prijs").isBlank() && fouten.containsKey("prijs")) {
                fouten.put("prijs", "Vul de prijs in euro in, bijvoorbeeld 4.250,00.");
            }
            return toonOfWeiger(aanbieder, id, new OngeldigeInvoerException(fouten), Formulier.ingevuld(velden, List.of("plan", "prijs", "urenPerWeek")),
                    model, response);
        }
    }

    /**
     * The form again with its errors; but a provider without a contract for the product may not see the request at all: it
     * gets the refusal on its own, with 403.
     */
    private String toonOfWeiger(Gebruiker aanbieder, long id, OngeldigeInvoerException e, Map<String, String> ingevuld, Model model,
                                HttpServletResponse response) {
        try {
            return toon(aanbieder, id, e.fouten(), ingevuld, model);
        } catch (NietGevondenException geenInzage) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("titel", "Geweigerd");
            model.addAttribute("uitleg", String.join(" ", e.fouten().values()));
            return "fout";
        }
    }

    private String toon(Gebruiker aanbieder, long id, Map<String, String> fouten, Map<String, String> ingevuld, Model model) {
        model.addAttribute("inzage", marktplaats.inzage(aanbieder, id));
        model.addAttribute("fouten", fouten);
        Map<String, String> alle = new LinkedHashMap<>();
        for (String veld : List.of("vraag", "plan", "prijs", "urenPerWeek")) {
            alle.put(veld, ingevuld.getOrDefault(veld, ""));
        }
        model.addAttribute("ingevuld", alle);
        return "marktplaats/aanbieder-verzoek";
    }
}
