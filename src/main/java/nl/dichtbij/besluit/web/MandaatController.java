package nl.dichtbij.besluit.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.besluit.Mandaten;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Medewerker;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Wet;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Functioneel beheer keeps the mandate table: who may decide under which law. */
@Controller
class MandaatController {

    private final Mandaten mandaten;
    private final Gemeenten gemeenten;

    MandaatController(Mandaten mandaten, Gemeenten gemeenten) {
        this.mandaten = mandaten;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/beheer/mandaten")
    String mandaten(@AuthenticationPrincipal Gebruiker beheerder, Model model) {
        Map<String, Set<Wet>> perMedewerker = mandaten.vanGemeente(beheerder.gemeenteCode()).stream()
                .collect(Collectors.groupingBy(Mandaten.Mandaat::gebruikersnaam, Collectors.mapping(Mandaten.Mandaat::wet,
                        Collectors.toCollection(() -> EnumSet.noneOf(Wet.class)))));
        model.addAttribute("medewerkers", gemeenten.medewerkers(beheerder.gemeenteCode()));
        model.addAttribute("mandaten", perMedewerker);
        model.addAttribute("wetten", Wet.values());
        return "beheer/mandaten";
    }

    @PostMapping("/beheer/mandaten")
    String instellen(@AuthenticationPrincipal Gebruiker beheerder, @RequestParam String gebruikersnaam,
                     @RequestParam(required = false) List<Wet> wetten) {
        Medewerker medewerker = gemeenten.medewerker(gebruikersnaam).filter(m -> m.gemeenteCode().equals(beheerder.gemeenteCode()))
                .orElseThrow(() -> new nl.dichtbij.platform.NietGevondenException("De medewerker"));
        mandaten.instellen(beheerder.gemeenteCode(), medewerker.gebruikersnaam(),
                wetten == null ? EnumSet.noneOf(Wet.class) : EnumSet.copyOf(wetten));
        return "redirect:/beheer/mandaten?bewaard";
    }
}
