package nl.dichtbij.besluit.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.Bezwaar;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Bezwaren;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Mijn besluiten: the resident reads and downloads his decision letters and objects online. */
@Controller
@RequestMapping("/mijn/besluiten")
class MijnBesluitenController {

    private final Besluiten besluiten;
    private final Bezwaren bezwaren;
    private final java.time.Clock clock;

    MijnBesluitenController(Besluiten besluiten, Bezwaren bezwaren, java.time.Clock clock) {
        this.clock = clock;
        this.besluiten = besluiten;
        this.bezwaren = bezwaren;
    }

    @GetMapping
    String overzicht(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        List<Beschikking> lijst = besluiten.vanInwoner(inwoner);
        model.addAttribute("besluiten", lijst);
        model.addAttribute("wijzigingen", lijst.stream().collect(java.util.stream.Collectors.toMap(Beschikking::id, besluiten::wijzigingsbrieven)));
        model.addAttribute("voortgang", lijst.stream().collect(java.util.stream.Collectors.toMap(Beschikking::id, besluiten::voortgangVoorInwoner)));
        Map<Long, List<Bezwaar>> perBesluit = lijst.stream().collect(java.util.stream.Collectors.toMap(Beschikking::id,
                b -> bezwaren.vanBeschikking(inwoner, b.id())));
        model.addAttribute("bezwaren", perBesluit);
        // a change is a decision of its own: while its term is open and no objection came after it, the resident may object
        java.time.LocalDate vandaag = java.time.LocalDate.now(clock);
        Map<Long, Besluiten.Historie> wijzigingOpen = new java.util.HashMap<>();
        for (Beschikking b : lijst) {
            List<Besluiten.Historie> brieven = besluiten.wijzigingsbrieven(b);
            if (brieven.isEmpty()) {
                continue;
            }
            Besluiten.Historie laatste = brieven.getLast();
            boolean alBezwaarNa = perBesluit.get(b.id()).stream().anyMatch(z -> !z.ontvangenDatum().isBefore(laatste.datum()));
            if (laatste.bezwaarTot() != null && !vandaag.isAfter(laatste.bezwaarTot()) && !alBezwaarNa) {
                wijzigingOpen.put(b.id(), laatste);
            }
        }
        model.addAttribute("wijzigingOpen", wijzigingOpen);
        model.addAttribute("bijlagen", perBesluit.values().stream().flatMap(List::stream)
                .collect(java.util.stream.Collectors.toMap(Bezwaar::id, z -> bezwaren.bijlagen(z.id()))));
        return "besluit/mijn-besluiten";
    }

    @GetMapping("/{id}/brief")
    ResponseEntity<byte[]> brief(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id,
                                 @RequestParam(defaultValue = "false") boolean opslaan) {
        return Brieven.pdf(besluiten.briefVan(besluiten.vanInwoner(inwoner, id)), id, opslaan);
    }

    @GetMapping("/{id}/wijzigingen/{wijziging}/brief")
    ResponseEntity<byte[]> wijzigingsbrief(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id, @PathVariable long wijziging,
                                           @RequestParam(defaultValue = "false") boolean opslaan) {
        return Brieven.wijzigingsbrief(besluiten.wijzigingsbrief(besluiten.vanInwoner(inwoner, id), wijziging), id, wijziging, opslaan);
    }

    @GetMapping("/bijlagen/{bijlageId}")
    ResponseEntity<byte[]> bijlage(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long bijlageId) {
        return Brieven.bijlage(bezwaren.bijlage(inwoner, bijlageId));
    }

    @GetMapping("/{id}/bezwaar")
    String bezwaarFormulier(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id, Model model) {
        model.addAttribute("b", besluiten.vanInwoner(inwoner, id));
        return "besluit/bezwaar";
    }

    @PostMapping("/{id}/bezwaar")
    String bezwaar(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id, @RequestParam(required = false) String gronden,
                   @RequestParam(name = "bijlagen", required = false) List<MultipartFile> bijlagen, Model model) throws IOException {
        List<Bezwaren.Bijlage> lijst = new ArrayList<>();
        for (MultipartFile bestand : bijlagen == null ? List.<MultipartFile>of() : bijlagen) {
            if (!bestand.isEmpty()) {
                lijst.add(new Bezwaren.Bijlage(bestand.getOriginalFilename(), bestand.getBytes()));
            }
        }
        try {
            bezwaren.indienen(inwoner, id, gronden, lijst);
            return "redirect:/mijn/besluiten?bezwaar";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("b", besluiten.vanInwoner(inwoner, id));
            model.addAttribute("gronden", gronden);
            model.addAttribute("fouten", e.fouten());
            return "besluit/bezwaar";
        }
    }
}
