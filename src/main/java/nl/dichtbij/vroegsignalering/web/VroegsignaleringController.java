package nl.dichtbij.vroegsignalering.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.vroegsignalering.Contactwijze;
import nl.dichtbij.vroegsignalering.Inleesverslag;
import nl.dichtbij.vroegsignalering.Signaalbronnen;
import nl.dichtbij.vroegsignalering.Uitkomst;
import nl.dichtbij.vroegsignalering.Vroegsignalen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The Wmo-team's signals of debts: the list by deadline, one signal with its contact attempts and outcome, a file read in. */
@Controller
@RequestMapping("/werk/vroegsignalen")
class VroegsignaleringController {

    private final Vroegsignalen signalen;
    private final Signaalbronnen bronnen;
    private final Clock clock;

    VroegsignaleringController(Vroegsignalen signalen, Signaalbronnen bronnen, Clock clock) {
        this.signalen = signalen;
        this.bronnen = bronnen;
        this.clock = clock;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("signalen", signalen.open(medewerker, pagina));
        model.addAttribute("telling", signalen.telling(medewerker));
        return "vroegsignalering/lijst";
    }

    @GetMapping("/{id:[0-9]+}")
    String signaal(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, Model model) {
        return detail(medewerker, id, model);
    }

    @PostMapping("/{id:[0-9]+}/oppakken")
    String oppakken(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, Model model) {
        try {
            signalen.oppakken(medewerker, id);
            return "redirect:/werk/vroegsignalen/" + id + "?opgepakt";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("algemeneFout", String.join(" ", e.fouten().values()));
            return detail(medewerker, id, model);
        }
    }

    @PostMapping("/{id:[0-9]+}/contactpogingen")
    String contactpoging(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam(required = false) String datum,
                         @RequestParam(required = false) String wijze, @RequestParam(required = false) String bereikt,
                         @RequestParam(required = false) String notitie, Model model) {
        Map<String, String> ingevuld = new LinkedHashMap<>();
        ingevuld.put("datum", datum == null ? "" : datum);
        ingevuld.put("wijze", wijze == null ? "" : wijze);
        ingevuld.put("bereikt", bereikt == null ? "" : bereikt);
        ingevuld.put("notitie", notitie == null ? "" : notitie);
        try {
            LocalDate dag = datum(datum, "datum");
            Boolean gesproken = bereikt == null || bereikt.isBlank() ? null : "ja".equals(bereikt);
            signalen.contactpoging(medewerker, id, dag, wijze, gesproken, notitie);
            return "redirect:/werk/vroegsignalen/" + id + "?poging#contactpogingen";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("pogingFouten", e.fouten());
            model.addAttribute("poging", ingevuld);
            return detail(medewerker, id, model);
        }
    }

    @PostMapping("/{id:[0-9]+}/uitkomst")
    String uitkomst(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam(required = false) String uitkomst,
                    @RequestParam(required = false) String toelichting, Model model) {
        try {
            signalen.uitkomst(medewerker, id, uitkomst, toelichting);
            return "redirect:/werk/vroegsignalen/" + id + "?afgerond";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("uitkomstFouten", e.fouten());
            model.addAttribute("uitkomstIngevuld", Map.of("uitkomst", uitkomst == null ? "" : uitkomst, "toelichting", toelichting == null ? "" : toelichting));
            return detail(medewerker, id, model);
        }
    }

    @PostMapping("/{id:[0-9]+}/gestopt")
    String gestopt(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam(required = false) String gestoptOp, Model model) {
        try {
            signalen.gestopt(medewerker, id, datum(gestoptOp, "gestoptOp"));
            return "redirect:/werk/vroegsignalen/" + id + "?gestopt";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("gestoptFouten", e.fouten());
            model.addAttribute("gestoptIngevuld", gestoptOp == null ? "" : gestoptOp);
            return detail(medewerker, id, model);
        }
    }

    @GetMapping("/inlezen")
    String inleesformulier(@AuthenticationPrincipal Gebruiker medewerker, Model model) {
        return inleesformulier(medewerker, null, Map.of(), model);
    }

    @PostMapping("/inlezen")
    String inlezen(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(required = false) Long bron,
                   @RequestParam(required = false) MultipartFile bestand, Model model) throws IOException {
        // without a sender or a file there is nothing to report on: the form again, with what was chosen
        Map<String, String> fouten = new java.util.LinkedHashMap<>();
        if (bron == null) {
            fouten.put("bron", "Kies van welke signaalbron het bestand komt.");
        }
        if (bestand == null || bestand.isEmpty()) {
            fouten.put("bestand", "Kies het bestand met de signalen.");
        }
        if (!fouten.isEmpty()) {
            return inleesformulier(medewerker, bron, fouten, model);
        }
        Inleesverslag verslag;
        try (InputStream invoer = bestand.getInputStream()) {
            verslag = signalen.inlezen(medewerker, bron, bestand.getOriginalFilename(), invoer);
        }
        model.addAttribute("verslag", verslag);
        return "vroegsignalering/verslag";
    }

    private String inleesformulier(Gebruiker medewerker, Long bron, Map<String, String> fouten, Model model) {
        signalen.wmoTeam(medewerker);
        model.addAttribute("bronnen", bronnen.lijst(medewerker).stream().filter(b -> b.actief()).toList());
        model.addAttribute("gekozenBron", bron);
        model.addAttribute("fouten", fouten);
        return "vroegsignalering/inlezen";
    }

    private String detail(Gebruiker medewerker, long id, Model model) {
        model.addAttribute("s", signalen.bekijk(medewerker, id));
        model.addAttribute("ik", medewerker.gebruikersnaam());
        model.addAttribute("wijzen", Contactwijze.values());
        model.addAttribute("uitkomsten", Uitkomst.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
        if (!model.containsAttribute("poging")) {
            model.addAttribute("poging", Map.of("datum", LocalDate.now(clock).toString(), "wijze", "", "bereikt", "", "notitie", ""));
            model.addAttribute("pogingFouten", Map.of());
        }
        if (!model.containsAttribute("uitkomstFouten")) {
            model.addAttribute("uitkomstFouten", Map.of());
            model.addAttribute("uitkomstIngevuld", Map.of("uitkomst", "", "toelichting", ""));
        }
        if (!model.containsAttribute("gestoptFouten")) {
            model.addAttribute("gestoptFouten", Map.of());
            // no date filled in: stopping cannot be undone, so nobody records it with one click
            model.addAttribute("gestoptIngevuld", "");
        }
        boolean fout = !((Map<?, ?>) model.getAttribute("pogingFouten")).isEmpty() || !((Map<?, ?>) model.getAttribute("uitkomstFouten")).isEmpty()
                || !((Map<?, ?>) model.getAttribute("gestoptFouten")).isEmpty() || model.containsAttribute("algemeneFout");
        model.addAttribute("fout", fout);
        return "vroegsignalering/signaal";
    }

    private LocalDate datum(String tekst, String veld) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoerException(veld, "Vul een datum in zoals " + LocalDate.now(clock) + ".");
        }
    }
}
