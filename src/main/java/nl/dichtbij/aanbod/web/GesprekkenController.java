package nl.dichtbij.aanbod.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Gespreksregels;
import nl.dichtbij.aanbod.Voortgangsgesprekken;
import nl.dichtbij.aanbod.Voortgangsgesprekken.Gesprek;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.Formulieren;

import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Account management's pages (issue 17): the talks with providers, per provider and all together, the forms to record and
 * change a talk, add a follow-up and close one, and a provider's account holder. Beleid records; bestuur reads the lists and a
 * talk without the forms (the security configuration lets bestuur GET only those three addresses).
 */
@Controller
class GesprekkenController {

    /** Rows of follow-ups the form to record a talk offers; more can be added on the talk's page. */
    static final int VERVOLGRIJEN = 3;
    /** Providers the form offers for one talk: one, or a few for a theme. */
    static final int AANBIEDERRIJEN = 4;

    private final Voortgangsgesprekken gesprekken;
    private final Clock clock;

    GesprekkenController(Voortgangsgesprekken gesprekken, Clock clock) {
        this.gesprekken = gesprekken;
        this.clock = clock;
    }

    @GetMapping("/inkoop/gesprekken")
    String lijst(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String aanbieder,
                 @RequestParam(required = false) String thema, @RequestParam(defaultValue = "0") int pagina, Model model) {
        // a choice from the address that is no provider shows all, never an error page
        Long aanbiederId = aanbieder != null && aanbieder.strip().matches("[0-9]{1,18}") ? Long.valueOf(aanbieder.strip()) : null;
        model.addAttribute("gesprekken", gesprekken.lijst(gebruiker, aanbiederId, thema, Math.max(0, pagina), Pagina.STANDAARD_GROOTTE));
        model.addAttribute("aanbieders", gesprekken.aanbieders(gebruiker));
        model.addAttribute("themas", gesprekken.themas(gebruiker));
        model.addAttribute("aanbieder", aanbiederId);
        model.addAttribute("thema", thema);
        model.addAttribute("beleid", gebruiker.is(Rol.BELEID));
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/inkoop/gesprekken")
                .queryParamIfPresent("aanbieder", Optional.ofNullable(aanbiederId))
                .queryParamIfPresent("thema", Optional.ofNullable(thema).filter(t -> !t.isBlank()).map(String::strip)).encode().build().toUriString());
        return "inkoop/gesprekken";
    }

    @GetMapping("/inkoop/aanbieders/{id:[0-9]+}/gesprekken")
    String vanAanbieder(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long id, @RequestParam(defaultValue = "0") int pagina, Model model) {
        Aanbieder aanbieder = gesprekken.aanbieder(gebruiker, id);
        model.addAttribute("a", aanbieder);
        model.addAttribute("gesprekken", gesprekken.lijst(gebruiker, id, null, Math.max(0, pagina), Pagina.STANDAARD_GROOTTE));
        model.addAttribute("accounthouder", gesprekken.accounthouder(gebruiker, id).orElse(null));
        model.addAttribute("beleid", gebruiker.is(Rol.BELEID));
        if (gebruiker.is(Rol.BELEID)) {
            model.addAttribute("medewerkers", gesprekken.beleidsmedewerkers(gebruiker));
        }
        model.addAttribute("basis", "/inkoop/aanbieders/" + id + "/gesprekken");
        return "inkoop/aanbieder-gesprekken";
    }

    @PostMapping("/inkoop/aanbieders/{id:[0-9]+}/accounthouder")
    String accounthouder(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @RequestParam(required = false) String accounthouder,
                         Model model) {
        try {
            gesprekken.accounthouderVastleggen(beleid, id, accounthouder);
            return "redirect:/inkoop/aanbieders/" + id + "/gesprekken?accounthouder#accounthouder";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("accounthouderFout", String.join(" ", e.fouten().values()));
            return vanAanbieder(beleid, id, 0, model);
        }
    }

    @GetMapping("/inkoop/gesprekken/nieuw")
    String nieuw(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(required = false) String aanbieder, Model model) {
        if (!model.containsAttribute("formulier")) {
            GesprekFormulier f = new GesprekFormulier();
            f.setDatum(LocalDate.now(clock));
            if (aanbieder != null && aanbieder.strip().matches("[0-9]{1,18}")) {
                f.getAanbiederIds().set(0, Long.valueOf(aanbieder.strip()));
                // opened from a provider's talks: back and cancel return there
                model.addAttribute("vanAanbieder", Long.valueOf(aanbieder.strip()));
            }
            for (int i = 0; i < VERVOLGRIJEN; i++) {
                VervolgRij rij = new VervolgRij();
                rij.setEigenaar(beleid.gebruikersnaam());
                f.getVervolgafspraken().add(rij);
            }
            model.addAttribute("formulier", f);
        }
        return formulier(beleid, null, model);
    }

    @PostMapping("/inkoop/gesprekken")
    String vastleggen(@AuthenticationPrincipal Gebruiker beleid, @ModelAttribute("formulier") GesprekFormulier formulier, BindingResult resultaat,
                      @RequestParam(required = false) Long vanAanbieder, Model model) {
        model.addAttribute("vanAanbieder", vanAanbieder);
        if (!resultaat.hasErrors()) {
            try {
                Gesprek g = gesprekken.vastleggen(beleid, formulier.gegevens());
                return "redirect:/inkoop/gesprekken/" + g.id() + "?vastgelegd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return formulier(beleid, null, model);
    }

    @GetMapping("/inkoop/gesprekken/{id:[0-9]+}")
    String gesprek(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long id, Model model) {
        Gesprek g = gesprekken.gesprek(gebruiker, id);
        model.addAttribute("g", g);
        model.addAttribute("vandaag", LocalDate.now(clock));
        boolean mag = gesprekken.magVastleggen(gebruiker, g);
        model.addAttribute("mag", mag);
        if (mag) {
            model.addAttribute("medewerkers", gesprekken.beleidsmedewerkers(gebruiker));
            if (!model.containsAttribute("vervolg")) {
                VervolgRij rij = new VervolgRij();
                rij.setEigenaar(gebruiker.gebruikersnaam());
                rij.setGelezenVersie(g.versie());
                model.addAttribute("vervolg", rij);
            }
        }
        return "inkoop/gesprek";
    }

    @GetMapping("/inkoop/gesprekken/{id:[0-9]+}/wijzigen")
    String wijzigen(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, Model model) {
        Gesprek g = gesprekken.gesprek(beleid, id);
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", GesprekFormulier.van(g));
        }
        return formulier(beleid, g, model);
    }

    @PostMapping("/inkoop/gesprekken/{id:[0-9]+}/wijzigen")
    String wijzigingBewaren(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("formulier") GesprekFormulier formulier,
                            BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                gesprekken.wijzigen(beleid, id, versie(formulier.getGelezenVersie()), formulier.gegevens());
                return "redirect:/inkoop/gesprekken/" + id + "?gewijzigd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                if (e instanceof Voortgangsgesprekken.IntussenGewijzigd) {
                    // what was typed stays; saving again after looking is a deliberate choice that goes through
                    formulier.setGelezenVersie(gesprekken.gesprek(beleid, id).versie());
                }
            }
        }
        return wijzigen(beleid, id, model);
    }

    @PostMapping("/inkoop/gesprekken/{id:[0-9]+}/vervolgafspraken")
    String vervolgafspraak(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("vervolg") VervolgRij vervolg,
                           BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                gesprekken.vervolgafspraakToevoegen(beleid, id, versie(vervolg.getGelezenVersie()), vervolg.gegevens());
                return "redirect:/inkoop/gesprekken/" + id + "?vervolg#vervolgafspraken";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                if (e instanceof Voortgangsgesprekken.IntussenGewijzigd) {
                    vervolg.setGelezenVersie(gesprekken.gesprek(beleid, id).versie());
                }
            }
        }
        model.addAttribute("vervolgOpen", true);
        return gesprek(beleid, id, model);
    }

    @PostMapping("/inkoop/gesprekken/{id:[0-9]+}/vervolgafspraken/{vervolgId:[0-9]+}/afronden")
    String afronden(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @PathVariable long vervolgId,
                    @RequestParam(required = false) Integer versie, @RequestParam(required = false) String afronding,
                    @RequestParam(required = false) String terug, Model model) {
        try {
            gesprekken.afronden(beleid, vervolgId, versie == null ? -1 : versie, afronding);
            return "werkbak".equals(terug) ? "redirect:/werk/beleid?afgerond=" + id + "#afspraken" : "redirect:/inkoop/gesprekken/" + id + "?afgerond#vervolgafspraken";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("afrondFout", String.join(" ", e.fouten().values()));
            model.addAttribute("afrondId", vervolgId);
            model.addAttribute("afrondTekst", afronding);
            return gesprek(beleid, id, model);
        }
    }

    /** The user's own open follow-ups, all of them, a page at a time; the werkbak shows the first. */
    @GetMapping("/inkoop/afspraken")
    String mijnAfspraken(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("afspraken", gesprekken.openVervolgafspraken(beleid, Math.max(0, pagina), Pagina.STANDAARD_GROOTTE));
        model.addAttribute("basis", "/inkoop/afspraken");
        return "inkoop/afspraken";
    }

    private String formulier(Gebruiker beleid, Gesprek g, Model model) {
        model.addAttribute("g", g);
        model.addAttribute("aanbieders", gesprekken.aanbieders(beleid));
        model.addAttribute("themas", gesprekken.themas(beleid));
        model.addAttribute("medewerkers", gesprekken.beleidsmedewerkers(beleid));
        return "inkoop/gesprek-formulier";
    }

    private static int versie(Integer versie) {
        return versie == null ? -1 : versie;
    }

    public static class GesprekFormulier {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate datum;
        private String thema;
        private List<Long> aanbiederIds = new ArrayList<>(java.util.Collections.nCopies(AANBIEDERRIJEN, (Long) null));
        private String deelnemers;
        private String afspraken;
        private List<VervolgRij> vervolgafspraken = new ArrayList<>();
        /** The version the form was read at: not called "versie", so a stale form's message stands above the form. */
        private Integer gelezenVersie;

        static GesprekFormulier van(Gesprek g) {
            GesprekFormulier f = new GesprekFormulier();
            f.datum = g.datum();
            f.thema = g.thema();
            for (int i = 0; i < g.aanbieders().size() && i < AANBIEDERRIJEN; i++) {
                f.aanbiederIds.set(i, g.aanbieders().get(i).id());
            }
            for (int i = AANBIEDERRIJEN; i < g.aanbieders().size(); i++) {
                f.aanbiederIds.add(g.aanbieders().get(i).id());
            }
            f.deelnemers = g.deelnemers();
            f.afspraken = g.afspraken();
            f.gelezenVersie = g.versie();
            return f;
        }

        Gespreksregels.Gegevens gegevens() {
            return new Gespreksregels.Gegevens(datum, thema, aanbiederIds, deelnemers, afspraken,
                    vervolgafspraken.stream().map(v -> v == null ? null : v.gegevens()).toList());
        }

        public LocalDate getDatum() { return datum; }
        public void setDatum(LocalDate datum) { this.datum = datum; }
        public String getThema() { return thema; }
        public void setThema(String thema) { this.thema = thema; }
        public List<Long> getAanbiederIds() { return aanbiederIds; }
        public void setAanbiederIds(List<Long> aanbiederIds) { this.aanbiederIds = aanbiederIds; }
        public String getDeelnemers() { return deelnemers; }
        public void setDeelnemers(String deelnemers) { this.deelnemers = deelnemers; }
        public String getAfspraken() { return afspraken; }
        public void setAfspraken(String afspraken) { this.afspraken = afspraken; }
        public List<VervolgRij> getVervolgafspraken() { return vervolgafspraken; }
        public void setVervolgafspraken(List<VervolgRij> vervolgafspraken) { this.vervolgafspraken = vervolgafspraken; }
        public Integer getGelezenVersie() { return gelezenVersie; }
        public void setGelezenVersie(Integer gelezenVersie) { this.gelezenVersie = gelezenVersie; }
    }

    public static class VervolgRij {
        private String omschrijving;
        private String eigenaar;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate uiterlijk;
        private Integer gelezenVersie;

        Gespreksregels.Vervolggegevens gegevens() {
            return new Gespreksregels.Vervolggegevens(omschrijving, eigenaar, uiterlijk);
        }

        public String getOmschrijving() { return omschrijving; }
        public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
        public String getEigenaar() { return eigenaar; }
        public void setEigenaar(String eigenaar) { this.eigenaar = eigenaar; }
        public LocalDate getUiterlijk() { return uiterlijk; }
        public void setUiterlijk(LocalDate uiterlijk) { this.uiterlijk = uiterlijk; }
        public Integer getGelezenVersie() { return gelezenVersie; }
        public void setGelezenVersie(Integer gelezenVersie) { this.gelezenVersie = gelezenVersie; }
    }
}
