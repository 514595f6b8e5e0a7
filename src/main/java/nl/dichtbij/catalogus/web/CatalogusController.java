package nl.dichtbij.catalogus.web;

import java.util.List;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.catalogus.Afstand;
import nl.dichtbij.catalogus.Catalogus;
import nl.dichtbij.catalogus.Ervaringen;
import nl.dichtbij.catalogus.Ervaringsregels;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalogue of contracted providers, part of the sociale kaart: anyone reads per product who offers it, where, with
 * which quality marks and how residents rate it; someone signed in (the consulent at the kitchen table, the resident in
 * Mijn Dichtbij) also sees the waiting time against the norm and the interventions with their effect level, of his own
 * municipality. No personal data: the stories are published without name.
 */
@Controller
class CatalogusController {

    private static final String WOERDEN = "0632";

    private final Catalogus catalogus;
    private final Ervaringen ervaringen;
    private final Aanbod aanbod;
    private final Gemeenten gemeenten;

    CatalogusController(Catalogus catalogus, Ervaringen ervaringen, Aanbod aanbod, Gemeenten gemeenten) {
        this.catalogus = catalogus;
        this.ervaringen = ervaringen;
        this.aanbod = aanbod;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/sociale-kaart/aanbieders")
    String lijst(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String gemeente,
                 @RequestParam(required = false) String product, @RequestParam(required = false) String kern,
                 @RequestParam(required = false) String postcode, Model model) {
        String code = gemeente(gebruiker, gemeente);
        boolean volledig = gebruiker != null;
        var producten = catalogus.producten(code);
        String gekozen = product == null || product.isBlank() ? null
                : producten.stream().map(p -> p.code()).filter(c -> c.equalsIgnoreCase(product.strip())).findFirst().orElse(null);
        List<Catalogus.Productaanbod> alles = catalogus.zoek(new Catalogus.Vraag(code, gekozen, volledig));
        List<String> kernen = Catalogus.kernen(alles);
        String kernGekozen = kern == null ? null : kernen.stream().filter(k -> k.equalsIgnoreCase(kern.strip())).findFirst().orElse(null);
        List<Catalogus.Productaanbod> getoond = Catalogus.inKern(alles, kernGekozen);
        String ingevuld = postcode == null ? "" : postcode.strip();
        java.util.Optional<String> pc4 = Afstand.pc4(ingevuld);
        java.util.Map<Long, Double> afstanden = pc4.map(p -> catalogus.afstanden(getoond, p)).orElse(java.util.Map.of());
        model.addAttribute("catalogus", afstanden.isEmpty() ? getoond : Catalogus.opAfstand(getoond, afstanden));
        model.addAttribute("afstanden", afstanden.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, e -> Afstand.tekst(e.getValue()))));
        model.addAttribute("postcode", ingevuld);
        model.addAttribute("postcodefout", ingevuld.isEmpty() ? null : pc4.isEmpty() ? "Deze postcode klopt niet. Schrijf bijvoorbeeld 3441 BW."
                : afstanden.isEmpty() ? "Van deze postcode kennen we de ligging niet. U ziet de aanbieders op naam." : null);
        model.addAttribute("producten", producten);
        model.addAttribute("product", gekozen);
        model.addAttribute("onbekendProduct", product != null && !product.isBlank() && gekozen == null);
        model.addAttribute("kernen", kernen);
        model.addAttribute("kern", kernGekozen);
        model.addAttribute("volledig", volledig);
        model.addAttribute("gemeente", code);
        model.addAttribute("gemeenten", gebruiker == null ? gemeenten.alle() : List.of());
        model.addAttribute("gemeenteNaam", gemeenten.vind(code).map(g -> g.naam()).orElse(code));
        model.addAttribute("drempel", Ervaringsregels.DREMPEL);
        return "catalogus/aanbieders";
    }

    @GetMapping("/sociale-kaart/aanbieders/{aanbiederId}")
    String aanbieder(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @RequestParam(required = false) String gemeente,
                     @RequestParam(defaultValue = "0") int pagina, Model model) {
        String code = gemeente(gebruiker, gemeente);
        Aanbieder aanbieder = aanbod.aanbieder(aanbiederId).orElseThrow(() -> new NietGevondenException("Aanbieder " + aanbiederId));
        List<Catalogus.Productaanbod> producten = catalogus.aanbieder(code, aanbiederId, gebruiker != null);
        if (producten.isEmpty()) {
            throw new NietGevondenException("Aanbieder " + aanbiederId + " zonder contract in " + code);
        }
        model.addAttribute("aanbieder", aanbieder);
        model.addAttribute("producten", producten);
        model.addAttribute("kaart", producten.getFirst().aanbieders().getFirst());
        model.addAttribute("verhalen", ervaringen.gepubliceerd(code, aanbieder.agbCode(), pagina, 10));
        model.addAttribute("volledig", gebruiker != null);
        model.addAttribute("gemeente", code);
        model.addAttribute("gemeenteNaam", gemeenten.vind(code).map(g -> g.naam()).orElse(code));
        model.addAttribute("drempel", Ervaringsregels.DREMPEL);
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/sociale-kaart/aanbieders/" + aanbiederId).queryParam("gemeente", code).build().toUriString());
        return "catalogus/aanbieder";
    }

    /** Signed in: one's own municipality; otherwise the one asked for, Woerden when none or an unknown one. */
    private String gemeente(Gebruiker gebruiker, String gemeente) {
        if (gebruiker != null && gebruiker.gemeenteCode() != null) {
            return gebruiker.gemeenteCode();
        }
        return gemeente == null ? WOERDEN : gemeenten.vind(gemeente).map(g -> g.code()).orElse(WOERDEN);
    }
}
