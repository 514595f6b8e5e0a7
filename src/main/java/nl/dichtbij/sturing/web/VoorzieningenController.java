package nl.dichtbij.sturing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.sturing.Importverslag;
import nl.dichtbij.sturing.NieuweVoorziening;
import nl.dichtbij.sturing.PartnerImport;
import nl.dichtbij.sturing.Regeling;
import nl.dichtbij.sturing.Voorzieningen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Partner facts (work and income, debt help): one on a form, or a CSV file the partner delivers, with a report of rejected rows. */
@Controller
class VoorzieningenController {

    private final Voorzieningen voorzieningen;
    private final PartnerImport partnerImport;

    VoorzieningenController(Voorzieningen voorzieningen, PartnerImport partnerImport) {
        this.voorzieningen = voorzieningen;
        this.partnerImport = partnerImport;
    }

    /** What the form holds, as typed, so an error keeps it. */
    public record Formulier(String bsn, String postcode, String huisnummer, String regeling, String product, String startdatum, String einddatum,
                     String partner) {
        static Formulier leeg() {
            return new Formulier("", "", "", "", "", "", "", "FermWerk");
        }
    }

    @GetMapping("/sturing/voorzieningen")
    String pagina(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(defaultValue = "0") int pagina, Model model) {
        return toon(gebruiker, pagina, Formulier.leeg(), Map.of(), model);
    }

    @PostMapping("/sturing/voorzieningen")
    String registreer(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String bsn,
                      @RequestParam(required = false) String postcode, @RequestParam(required = false) String huisnummer,
                      @RequestParam(required = false) String regeling, @RequestParam(required = false) String product,
                      @RequestParam(required = false) String startdatum, @RequestParam(required = false) String einddatum,
                      @RequestParam(required = false) String partner, Model model) {
        Formulier formulier = new Formulier(bsn, postcode, huisnummer, regeling, product, startdatum, einddatum, partner);
        Map<String, String> fouten = new LinkedHashMap<>();
        LocalDate start = datum(startdatum, "startdatum", fouten);
        LocalDate einde = datum(einddatum, "einddatum", fouten);
        if (startdatum == null || startdatum.isBlank()) {
            fouten.put("startdatum", "Vul de startdatum in.");
        }
        if (fouten.isEmpty()) {
            try {
                voorzieningen.registreer(gebruiker, new NieuweVoorziening(bsn, postcode, huisnummer, Regeling.lees(regeling).orElse(null), product,
                        start, einde, partner));
                return "redirect:/sturing/voorzieningen?bewaard";
            } catch (OngeldigeInvoerException e) {
                fouten.putAll(e.fouten());
            }
        }
        return toon(gebruiker, 0, formulier, fouten, model);
    }

    @PostMapping("/sturing/voorzieningen/import")
    String importeer(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) MultipartFile bestand,
                     @RequestParam(required = false) String partner, Model model) throws IOException {
        Importverslag verslag;
        if (bestand == null || bestand.isEmpty()) {
            Voorzieningen.alleenSturing(gebruiker);
            verslag = Importverslag.geweigerd("", "Kies een CSV-bestand om in te lezen.");
        } else if (bestand.getSize() > PartnerImport.MAX_BYTES) {
            Voorzieningen.alleenSturing(gebruiker);
            verslag = Importverslag.geweigerd(bestand.getOriginalFilename(), "Het bestand is groter dan 2 MB. Splits het in kleinere bestanden.");
        } else {
            try (var invoer = bestand.getInputStream()) {
                verslag = partnerImport.importeer(gebruiker, partner, bestand.getOriginalFilename(), invoer);
            }
        }
        model.addAttribute("verslag", verslag);
        return "sturing/importverslag";
    }

    private String toon(Gebruiker gebruiker, int pagina, Formulier formulier, Map<String, String> fouten, Model model) {
        model.addAttribute("feiten", voorzieningen.partnerfeiten(gebruiker, pagina));
        model.addAttribute("regelingen", Regeling.partnerRegelingen());
        model.addAttribute("formulier", formulier);
        model.addAttribute("fouten", fouten);
        return "sturing/voorzieningen";
    }

    private static LocalDate datum(String tekst, String veld, Map<String, String> fouten) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.trim());
        } catch (DateTimeParseException e) {
            fouten.put(veld, "De " + veld + " is geen datum. Kies een datum, bijvoorbeeld 2017-03-01.");
            return null;
        }
    }
}
