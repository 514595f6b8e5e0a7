package nl.dichtbij.catalogus.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import nl.dichtbij.catalogus.Postcodegebieden;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Functional management reads the middles of the postcode areas the catalogue measures distances with. */
@Controller
class PostcodegebiedenController {

    /** The national file of about 4,070 areas is some 120 kB; this leaves room without inviting anything else. */
    static final long MAX_BYTES = 1024 * 1024;

    private final Postcodegebieden postcodegebieden;

    PostcodegebiedenController(Postcodegebieden postcodegebieden) {
        this.postcodegebieden = postcodegebieden;
    }

    @GetMapping("/beheer/postcodegebieden")
    String pagina(Model model) {
        model.addAttribute("aantal", postcodegebieden.aantal());
        return "catalogus/postcodegebieden";
    }

    @PostMapping("/beheer/postcodegebieden")
    String inlezen(@AuthenticationPrincipal Gebruiker beheer, @RequestParam(required = false) MultipartFile bestand, Model model) throws IOException {
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("fout", "Kies een CSV-bestand om in te lezen.");
        } else if (bestand.getSize() > MAX_BYTES) {
            model.addAttribute("fout", "Het bestand is groter dan 1 MB. Splits het in kleinere bestanden.");
        } else {
            model.addAttribute("verslag", postcodegebieden.inlezen(beheer, bestand.getOriginalFilename(),
                    new String(bestand.getBytes(), StandardCharsets.UTF_8)));
        }
        model.addAttribute("aantal", postcodegebieden.aantal());
        return "catalogus/postcodegebieden";
    }
}
