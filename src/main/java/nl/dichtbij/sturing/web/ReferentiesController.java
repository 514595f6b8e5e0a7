package nl.dichtbij.sturing.web;

import java.io.IOException;
import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Importverslag;
import nl.dichtbij.sturing.Indicator;
import nl.dichtbij.sturing.Referentiecijfers;
import nl.dichtbij.sturing.Voorzieningen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Beleid imports public reference figures by CSV and sees what is there (issue 21). */
@Controller
class ReferentiesController {

    private final Referentiecijfers referenties;

    ReferentiesController(Referentiecijfers referenties) {
        this.referenties = referenties;
    }

    @GetMapping("/sturing/referenties")
    String lijst(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        Voorzieningen.alleenSturing(gebruiker);
        model.addAttribute("cijfers", referenties.alle(gebruiker.gemeenteCode()));
        model.addAttribute("indicatoren", List.of(Indicator.values()));
        return "sturing/referenties";
    }

    @PostMapping("/sturing/referenties")
    String importeer(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) MultipartFile bestand, Model model) throws IOException {
        Voorzieningen.alleenSturing(gebruiker);
        Importverslag verslag;
        if (bestand == null || bestand.isEmpty()) {
            verslag = Importverslag.geweigerd("", "Kies een CSV-bestand om in te lezen.");
        } else if (bestand.getSize() > Referentiecijfers.MAX_BYTES) {
            verslag = Importverslag.geweigerd(bestand.getOriginalFilename(), "Het bestand is groter dan 512 kB. Splits het in kleinere bestanden.");
        } else {
            try (var invoer = bestand.getInputStream()) {
                verslag = referenties.importeer(gebruiker, bestand.getOriginalFilename(), invoer);
            }
        }
        model.addAttribute("verslag", verslag);
        model.addAttribute("referenties", true);
        return "sturing/importverslag";
    }
}
