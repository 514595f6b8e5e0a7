package nl.dichtbij.programma.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.programma.Enquete;
import nl.dichtbij.programma.Enquetes;
import nl.dichtbij.programma.Uitslag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results of the client survey against the programme goals; beleid opens and closes a year. */
@Controller
class EnqueteController {

    private final Enquetes enquetes;

    EnqueteController(Enquetes enquetes) {
        this.enquetes = enquetes;
    }

    @GetMapping("/programma/enquete")
    String uitslag(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) Integer jaar, Model model) {
        return toon(gebruiker, jaar, model);
    }

    private String toon(Gebruiker gebruiker, Integer jaar, Model model) {
        List<Enquete> alle = enquetes.enquetes(gebruiker.gemeenteCode());
        model.addAttribute("enquetes", alle);
        model.addAttribute("magBeheren", gebruiker.is(Rol.BELEID));
        Integer gekozen = jaar != null && alle.stream().anyMatch(e -> e.jaar() == jaar) ? jaar
                : alle.stream().filter(e -> !e.open()).findFirst().or(() -> alle.stream().findFirst()).map(Enquete::jaar).orElse(null);
        model.addAttribute("uitslag", gekozen == null ? null : enquetes.uitslag(gebruiker.gemeenteCode(), gekozen));
        model.addAttribute("open", enquetes.open(gebruiker.gemeenteCode()).orElse(null));
        return "programma/enquete";
    }

    @GetMapping(value = "/programma/enquete", params = "formaat")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam int jaar, @RequestParam String formaat) throws IOException {
        Uitslag uitslag = enquetes.uitslag(gebruiker.gemeenteCode(), jaar);
        List<List<Object>> rijen = new ArrayList<>();
        for (Uitslag.Resultaat r : uitslag.resultaten()) {
            rijen.add(java.util.Arrays.asList(r.vraag().indicator(), r.onderdrukt() ? "minder dan " + Enquetes.MINIMUM : r.respondenten(),
                    r.percentageEens(), r.vraag().doel(), r.vraag().ambitie(), r.vraag().basis2017(), r.oordeel()));
        }
        return new Tabel("clientervaring-" + jaar, "Enquete " + jaar,
                List.of("Doel", "Respondenten", "% eens", "Doel 2019 (%)", "Ambitie 2022 (%)", "2017 (%)", "Oordeel"), rijen).als(formaat);
    }

    @PostMapping("/programma/enquete/openen")
    String openen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        try {
            Integer getal = jaar == null || !jaar.strip().matches("\\d{4}") ? null : Integer.valueOf(jaar.strip());
            Enquete enquete = enquetes.openen(gebruiker, getal);
            return "redirect:/programma/enquete?jaar=" + enquete.jaar() + "&geopend";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", e.getMessage());
            model.addAttribute("ingevuld", jaar);
            return toon(gebruiker, null, model);
        }
    }

    @PostMapping("/programma/enquete/sluiten")
    String sluiten(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) Integer jaar) {
        if (jaar == null) {
            return "redirect:/programma/enquete";
        }
        Enquete enquete = enquetes.sluiten(gebruiker, jaar);
        return "redirect:/programma/enquete?jaar=" + enquete.jaar() + "&gesloten";
    }
}
