package nl.dichtbij.socialekaart.web;

import java.util.EnumSet;
import java.util.Set;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.web.Formulieren;
import nl.dichtbij.socialekaart.Organisatie;
import nl.dichtbij.socialekaart.SocialeKaart;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public sociale kaart, and its maintenance by functioneel beheer. */
@Controller
class SocialeKaartController {

    private static final String WOERDEN = "0632";

    private final SocialeKaart kaart;
    private final Gemeenten gemeenten;

    SocialeKaartController(SocialeKaart kaart, Gemeenten gemeenten) {
        this.kaart = kaart;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/sociale-kaart")
    String zoeken(@RequestParam(defaultValue = WOERDEN) String gemeente, @RequestParam(required = false) String levensgebied,
                  @RequestParam(required = false) String kern, @RequestParam(required = false) String tekst,
                  @RequestParam(defaultValue = "0") int pagina, Model model) {
        String code = gemeenten.vind(gemeente).map(g -> g.code()).orElse(WOERDEN);
        Levensgebied gebied = levensgebied == null ? null : Levensgebied.vanCode(levensgebied).orElse(null);
        Pagina<Organisatie> resultaten = kaart.zoek(new SocialeKaart.Zoekvraag(code, gebied, kern, tekst), Math.max(0, pagina), 20);
        model.addAttribute("gemeenten", gemeenten.alle());
        model.addAttribute("gemeente", code);
        model.addAttribute("kernen", kaart.kernen(code));
        model.addAttribute("levensgebieden", Levensgebied.values());
        model.addAttribute("gekozenGebied", gebied);
        model.addAttribute("kern", kern);
        model.addAttribute("tekst", tekst);
        model.addAttribute("resultaten", resultaten);
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/sociale-kaart").queryParam("gemeente", code)
                .queryParamIfPresent("levensgebied", java.util.Optional.ofNullable(gebied).map(Levensgebied::code))
                .queryParamIfPresent("kern", java.util.Optional.ofNullable(kern).filter(k -> !k.isBlank()))
                .queryParamIfPresent("tekst", java.util.Optional.ofNullable(tekst).filter(t -> !t.isBlank()))
                .encode().build().toUriString());
        return "socialekaart/zoeken";
    }

    @GetMapping("/beheer/sociale-kaart")
    String beheer(@AuthenticationPrincipal Gebruiker beheerder, Model model) {
        model.addAttribute("organisaties", kaart.alle(beheerder.gemeenteCode()));
        return "beheer/sociale-kaart";
    }

    @GetMapping("/beheer/sociale-kaart/nieuw")
    String nieuw(Model model) {
        OrganisatieFormulier formulier = new OrganisatieFormulier();
        formulier.setActief(true);
        model.addAttribute("formulier", formulier);
        return formulier(model, null);
    }

    @GetMapping("/beheer/sociale-kaart/{id}")
    String wijzigen(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, Model model) {
        Organisatie organisatie = kaart.organisatie(beheerder.gemeenteCode(), id)
                .orElseThrow(() -> new nl.dichtbij.platform.NietGevondenException("De organisatie"));
        model.addAttribute("formulier", OrganisatieFormulier.van(organisatie));
        return formulier(model, id);
    }

    @PostMapping({"/beheer/sociale-kaart", "/beheer/sociale-kaart/{id}"})
    String bewaren(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable(required = false) Long id,
                   @ModelAttribute("formulier") OrganisatieFormulier formulier, BindingResult resultaat, Model model) {
        if (resultaat.hasErrors()) {
            return formulier(model, id);
        }
        try {
            kaart.bewaar(beheerder.gemeenteCode(), id, formulier.naarGegevens());
            return "redirect:/beheer/sociale-kaart?bewaard";
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
            return formulier(model, id);
        }
    }

    private String formulier(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("levensgebieden", Levensgebied.values());
        return "beheer/organisatie";
    }

    public static class OrganisatieFormulier {
        private String naam;
        private String omschrijving;
        private String kern;
        private String adres;
        private String telefoon;
        private String email;
        private String website;
        private Set<Levensgebied> levensgebieden = EnumSet.noneOf(Levensgebied.class);
        private boolean actief;

        static OrganisatieFormulier van(Organisatie o) {
            OrganisatieFormulier f = new OrganisatieFormulier();
            f.naam = o.naam();
            f.omschrijving = o.omschrijving();
            f.kern = o.kern();
            f.adres = o.adres();
            f.telefoon = o.telefoon();
            f.email = o.email();
            f.website = o.website();
            f.levensgebieden = EnumSet.noneOf(Levensgebied.class);
            f.levensgebieden.addAll(o.levensgebieden());
            f.actief = o.actief();
            return f;
        }

        SocialeKaart.Gegevens naarGegevens() {
            return new SocialeKaart.Gegevens(naam, omschrijving, kern, adres, telefoon, email, website,
                    levensgebieden == null ? Set.of() : levensgebieden, actief);
        }

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public String getOmschrijving() { return omschrijving; }
        public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
        public String getKern() { return kern; }
        public void setKern(String kern) { this.kern = kern; }
        public String getAdres() { return adres; }
        public void setAdres(String adres) { this.adres = adres; }
        public String getTelefoon() { return telefoon; }
        public void setTelefoon(String telefoon) { this.telefoon = telefoon; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getWebsite() { return website; }
        public void setWebsite(String website) { this.website = website; }
        public Set<Levensgebied> getLevensgebieden() { return levensgebieden; }
        public void setLevensgebieden(Set<Levensgebied> levensgebieden) { this.levensgebieden = levensgebieden; }
        public boolean isActief() { return actief; }
        public void setActief(boolean actief) { this.actief = actief; }
    }
}
