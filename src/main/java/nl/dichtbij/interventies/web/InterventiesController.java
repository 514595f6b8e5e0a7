package nl.dichtbij.interventies.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.interventies.Effectniveau;
import nl.dichtbij.interventies.Interventie;
import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.interventies.NieuweInterventie;
import nl.dichtbij.interventies.Pilots;
import nl.dichtbij.platform.Bedrag;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.Formulieren;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The intervention register's pages (issue 18): the list with the effect ladder explained, an intervention, and the forms to
 * register and change one. Everyone who reads the register sees the list and an intervention; only beleid gets the forms
 * (the security configuration lets the others GET the list and an intervention only).
 */
@Controller
class InterventiesController {

    /** A page of the list; the register of one municipality seldom holds more. */
    static final int GROOTTE = 50;
    /** Rows of providers the form offers; the intervention's own come on top. */
    static final int AANBIEDERRIJEN = 4;

    private final Interventies interventies;
    private final Pilots pilots;
    private final Aanbod aanbod;

    InterventiesController(Interventies interventies, Pilots pilots, Aanbod aanbod) {
        this.interventies = interventies;
        this.pilots = pilots;
        this.aanbod = aanbod;
    }

    @GetMapping("/interventies")
    String lijst(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String niveau,
                 @RequestParam(defaultValue = "0") int pagina, Model model) {
        // a level from the address that is none shows all, never an error page
        Effectniveau filter = niveau != null && niveau.strip().matches("[0-4]") ? Effectniveau.van(Integer.valueOf(niveau.strip())).orElseThrow() : null;
        model.addAttribute("interventies", interventies.zoek(gebruiker, filter, Math.max(0, pagina), GROOTTE));
        model.addAttribute("niveaus", Effectniveau.values());
        model.addAttribute("niveau", filter);
        model.addAttribute("beleid", gebruiker.is(Rol.BELEID));
        model.addAttribute("basis", filter == null ? "/interventies" : "/interventies?niveau=" + filter.niveau());
        return "interventies/lijst";
    }

    @GetMapping("/interventies/{id:[0-9]+}")
    String interventie(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long id, Model model) {
        Interventie i = interventies.interventie(gebruiker, id);
        model.addAttribute("i", i);
        model.addAttribute("producten", i.productcodes().stream()
                .map(code -> aanbod.product(i.gemeenteCode(), code).map(p -> p.weergave()).orElse(code)).toList());
        model.addAttribute("pilots", pilots.vanInterventie(gebruiker, id));
        model.addAttribute("mag", interventies.magVastleggen(gebruiker, i));
        return "interventies/interventie";
    }

    @GetMapping("/interventies/nieuw")
    String nieuw(@AuthenticationPrincipal Gebruiker beleid, Model model) {
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", new InterventieFormulier());
        }
        return formulier(beleid, null, model);
    }

    @PostMapping("/interventies")
    String registreren(@AuthenticationPrincipal Gebruiker beleid, @ModelAttribute("formulier") InterventieFormulier formulier, BindingResult resultaat,
                       Model model) {
        formulier.prijsLezen(resultaat);
        if (!resultaat.hasErrors()) {
            try {
                long id = interventies.registreren(beleid, formulier.gegevens());
                return "redirect:/interventies/" + id + "?geregistreerd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return formulier(beleid, null, model);
    }

    @GetMapping("/interventies/{id:[0-9]+}/wijzigen")
    String wijzigen(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, Model model) {
        Interventie i = interventies.interventie(beleid, id);
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", InterventieFormulier.van(i));
        }
        return formulier(beleid, i, model);
    }

    @PostMapping("/interventies/{id:[0-9]+}/wijzigen")
    String wijzigingBewaren(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id,
                            @ModelAttribute("formulier") InterventieFormulier formulier, BindingResult resultaat, Model model) {
        formulier.prijsLezen(resultaat);
        if (!resultaat.hasErrors()) {
            try {
                interventies.wijzigen(beleid, id, formulier.getGelezenVersie() == null ? -1 : formulier.getGelezenVersie(), formulier.gegevens());
                return "redirect:/interventies/" + id + "?gewijzigd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                if (e instanceof Interventies.IntussenGewijzigd) {
                    // what was typed stays; saving again after looking is a deliberate choice that goes through
                    formulier.setGelezenVersie(interventies.interventie(beleid, id).versie());
                }
            }
        }
        return wijzigen(beleid, id, model);
    }

    private String formulier(Gebruiker beleid, Interventie i, Model model) {
        model.addAttribute("i", i);
        model.addAttribute("niveaus", Effectniveau.values());
        model.addAttribute("aanbieders", interventies.aanbieders(beleid, i));
        model.addAttribute("producten", aanbod.producten(beleid.gemeenteCode()));
        return "interventies/formulier";
    }

    public static class InterventieFormulier {
        private String naam;
        private String beschrijving;
        private String doelgroep;
        private String uitsluitingscriteria;
        private Integer effectniveau;
        private String bron;
        /** As typed ("1.250,00"), so it comes back as it was; read by {@link Bedrag#lees}. */
        private String prijs;
        private String prijseenheid;
        private Integer capaciteit;
        private List<String> aanbiederAgbs = new ArrayList<>(Collections.nCopies(AANBIEDERRIJEN, (String) null));
        private List<String> productcodes = new ArrayList<>();
        private boolean vervallen;
        /** The version the form was read at: not called "versie", so a stale form's message stands above the form. */
        private Long gelezenVersie;

        static InterventieFormulier van(Interventie i) {
            InterventieFormulier f = new InterventieFormulier();
            f.naam = i.naam();
            f.beschrijving = i.beschrijving();
            f.doelgroep = i.doelgroep();
            f.uitsluitingscriteria = i.uitsluitingscriteria();
            f.effectniveau = i.effectniveau().niveau();
            f.bron = i.bron();
            f.prijs = i.prijs() == null ? null : Bedrag.getal(i.prijs());
            f.prijseenheid = i.prijseenheid();
            f.capaciteit = i.capaciteit();
            List<String> agbs = new ArrayList<>(i.aanbiederAgbs());
            for (int r = 0; r < AANBIEDERRIJEN; r++) {
                f.aanbiederAgbs.set(r, r < agbs.size() ? agbs.get(r) : null);
            }
            agbs.stream().skip(AANBIEDERRIJEN).forEach(f.aanbiederAgbs::add);
            f.productcodes = new ArrayList<>(i.productcodes());
            f.vervallen = !i.actief();
            f.gelezenVersie = i.versie();
            return f;
        }

        /** A price that is no amount is the form's error, beside the field; the rules then need not see it. */
        void prijsLezen(BindingResult resultaat) {
            if (prijs != null && !prijs.isBlank() && Bedrag.lees(prijs) == null && !resultaat.hasFieldErrors("prijs")) {
                resultaat.rejectValue("prijs", "ongeldig", "Vul de prijs in euro in, bijvoorbeeld 1.250,00. Gebruik geen minteken of letters.");
            }
        }

        NieuweInterventie gegevens() {
            return new NieuweInterventie(naam, beschrijving, doelgroep, uitsluitingscriteria, effectniveau, bron, Bedrag.lees(prijs), prijseenheid,
                    capaciteit, aanbiederAgbs, productcodes, !vervallen);
        }

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public String getBeschrijving() { return beschrijving; }
        public void setBeschrijving(String beschrijving) { this.beschrijving = beschrijving; }
        public String getDoelgroep() { return doelgroep; }
        public void setDoelgroep(String doelgroep) { this.doelgroep = doelgroep; }
        public String getUitsluitingscriteria() { return uitsluitingscriteria; }
        public void setUitsluitingscriteria(String uitsluitingscriteria) { this.uitsluitingscriteria = uitsluitingscriteria; }
        public Integer getEffectniveau() { return effectniveau; }
        public void setEffectniveau(Integer effectniveau) { this.effectniveau = effectniveau; }
        public String getBron() { return bron; }
        public void setBron(String bron) { this.bron = bron; }
        public String getPrijs() { return prijs; }
        public void setPrijs(String prijs) { this.prijs = prijs; }
        public String getPrijseenheid() { return prijseenheid; }
        public void setPrijseenheid(String prijseenheid) { this.prijseenheid = prijseenheid; }
        public Integer getCapaciteit() { return capaciteit; }
        public void setCapaciteit(Integer capaciteit) { this.capaciteit = capaciteit; }
        public List<String> getAanbiederAgbs() { return aanbiederAgbs; }
        public void setAanbiederAgbs(List<String> aanbiederAgbs) { this.aanbiederAgbs = aanbiederAgbs; }
        public List<String> getProductcodes() { return productcodes; }
        public void setProductcodes(List<String> productcodes) { this.productcodes = productcodes; }
        public boolean isVervallen() { return vervallen; }
        public void setVervallen(boolean vervallen) { this.vervallen = vervallen; }
        public Long getGelezenVersie() { return gelezenVersie; }
        public void setGelezenVersie(Long gelezenVersie) { this.gelezenVersie = gelezenVersie; }
    }
}
