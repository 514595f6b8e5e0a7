package nl.dichtbij.aanbod.web;

import java.time.LocalDate;
import java.util.Optional;

import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.aanbod.Aanbiedersregister.Registratie;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
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
 * The provider register's pages. Beheer adds, changes and ends; beleid reads the same list and pages without the forms (the
 * security configuration lets beleid GET only {@code /beheer/aanbieders} and {@code /beheer/aanbieders/{id}}).
 */
@Controller
class AanbiedersregisterController {

    private final Aanbiedersregister register;
    private final java.time.Clock clock;

    AanbiedersregisterController(Aanbiedersregister register, java.time.Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/beheer/aanbieders")
    String lijst(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String tekst,
                 @RequestParam(defaultValue = "ALLE") String stand, @RequestParam(defaultValue = "0") int pagina, Model model) {
        // a choice from the address that is no choice shows all, never an error page
        Aanbiedersregister.Stand gekozen = Aanbiedersregister.Stand.van(stand).orElse(Aanbiedersregister.Stand.ALLE);
        model.addAttribute("aanbieders", register.zoek(gebruiker, tekst, gekozen, Math.max(0, pagina), 25));
        model.addAttribute("verlopend", register.verlopendeKeurmerken(gebruiker, 25));
        model.addAttribute("tekst", tekst);
        model.addAttribute("stand", gekozen.name());
        model.addAttribute("beheer", gebruiker.is(Rol.BEHEER));
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/beheer/aanbieders")
                .queryParamIfPresent("tekst", Optional.ofNullable(tekst).filter(t -> !t.isBlank()))
                .queryParam("stand", gekozen.name()).encode().build().toUriString());
        return "beheer/aanbieders";
    }

    @GetMapping("/beheer/aanbieders/nieuw")
    String nieuw(Model model) {
        if (!model.containsAttribute("formulier")) {
            AanbiederFormulier formulier = new AanbiederFormulier();
            formulier.setIngeschrevenVanaf(LocalDate.now(clock));
            model.addAttribute("formulier", formulier);
        }
        model.addAttribute("id", null);
        return "beheer/aanbieder-formulier";
    }

    @PostMapping("/beheer/aanbieders")
    String toevoegen(@AuthenticationPrincipal Gebruiker beheerder, @ModelAttribute("formulier") AanbiederFormulier formulier,
                     BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                Registratie r = register.toevoegen(beheerder, formulier.gegevens());
                return "redirect:/beheer/aanbieders/" + r.id() + "?ingeschreven";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return nieuw(model);
    }

    @GetMapping("/beheer/aanbieders/{id:[0-9]+}")
    String aanbieder(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long id, Model model) {
        var dossier = register.dossier(gebruiker, id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("a", dossier.aanbieder());
        model.addAttribute("beheer", gebruiker.is(Rol.BEHEER));
        model.addAttribute("bewerkbaar", gebruiker.is(Rol.BEHEER) && dossier.aanbieder().actiefOp(LocalDate.now(clock)));
        model.addAttribute("vandaag", LocalDate.now(clock));
        if (!model.containsAttribute("locatie")) {
            LocatieFormulier l = new LocatieFormulier();
            l.setVanaf(LocalDate.now(clock));
            model.addAttribute("locatie", l);
        }
        if (!model.containsAttribute("contact")) {
            ContactFormulier c = new ContactFormulier();
            dossier.contact().ifPresent(bestaand -> {
                c.setContactNaam(bestaand.naam());
                c.setTelefoon(bestaand.telefoon());
                c.setEmail(bestaand.email());
            });
            model.addAttribute("contact", c);
        }
        if (!model.containsAttribute("keurmerk")) {
            KeurmerkFormulier k = new KeurmerkFormulier();
            k.setGeldigVanaf(LocalDate.now(clock));
            model.addAttribute("keurmerk", k);
        }
        return "beheer/aanbieder";
    }

    @GetMapping("/beheer/aanbieders/{id:[0-9]+}/wijzigen")
    String wijzigen(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, Model model) {
        Registratie a = register.dossier(beheerder, id).aanbieder();
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", AanbiederFormulier.van(a));
        }
        model.addAttribute("id", id);
        model.addAttribute("a", a);
        return "beheer/aanbieder-formulier";
    }

    @PostMapping("/beheer/aanbieders/{id:[0-9]+}/wijzigen")
    String wijzigingBewaren(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id,
                            @ModelAttribute("formulier") AanbiederFormulier formulier, BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                register.wijzigen(beheerder, id, formulier.getGelezenVersie() == null ? -1 : formulier.getGelezenVersie(),
                        new Aanbiedersregister.Gegevens(null, formulier.getKvkNummer(), formulier.getNaam(), formulier.getIngeschrevenVanaf()));
                return "redirect:/beheer/aanbieders/" + id + "?gewijzigd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                nuGelezen(beheerder, id, e, formulier::setGelezenVersie);
            }
        }
        return wijzigen(beheerder, id, model);
    }

    /**
     * A colleague changed the provider meanwhile: the form keeps what was typed and now carries the version just read, so
     * saving it again, after looking, is a deliberate choice that goes through.
     */
    private void nuGelezen(Gebruiker beheerder, long id, OngeldigeInvoerException e, java.util.function.IntConsumer versie) {
        if (e instanceof Aanbiedersregister.IntussenGewijzigd) {
            versie.accept(register.dossier(beheerder, id).aanbieder().versie());
        }
    }

    @GetMapping("/beheer/aanbieders/{id:[0-9]+}/beeindigen")
    String beeindigen(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, Model model) {
        Registratie a = register.dossier(beheerder, id).aanbieder();
        if (!model.containsAttribute("formulier")) {
            BeeindigFormulier f = new BeeindigFormulier();
            f.setGelezenVersie(a.versie());
            f.setPer(LocalDate.now(clock));
            model.addAttribute("formulier", f);
        }
        model.addAttribute("a", a);
        return "beheer/aanbieder-beeindigen";
    }

    @PostMapping("/beheer/aanbieders/{id:[0-9]+}/beeindigen")
    String beeindigingBewaren(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id,
                              @ModelAttribute("formulier") BeeindigFormulier formulier, BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                register.beeindigen(beheerder, id, formulier.getGelezenVersie() == null ? -1 : formulier.getGelezenVersie(), formulier.getPer(),
                        formulier.getReden());
                return "redirect:/beheer/aanbieders/" + id + "?beeindigd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                nuGelezen(beheerder, id, e, formulier::setGelezenVersie);
            }
        }
        return beeindigen(beheerder, id, model);
    }

    @PostMapping("/beheer/aanbieders/{id:[0-9]+}/opnieuw")
    String opnieuwInschrijven(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, @RequestParam(required = false) Integer versie,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vanaf, Model model) {
        try {
            register.opnieuwInschrijven(beheerder, id, versie == null ? -1 : versie, vanaf);
            return "redirect:/beheer/aanbieders/" + id + "?opnieuw";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("opnieuwFout", String.join(" ", e.fouten().values()));
            model.addAttribute("opnieuwVanaf", vanaf);
            return aanbieder(beheerder, id, model);
        }
    }

    @PostMapping("/beheer/aanbieders/{id:[0-9]+}/locaties")
    String locatie(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, @ModelAttribute("locatie") LocatieFormulier f,
                   BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                register.locatieToevoegen(beheerder, id, new Aanbiedersregister.Locatiegegevens(f.getNaam(), f.getStraat(), f.getHuisnummer(),
                        f.getPostcode(), f.getPlaats(), f.getVanaf()));
                return "redirect:/beheer/aanbieders/" + id + "?locatie#locaties";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return aanbieder(beheerder, id, model);
    }

    @PostMapping("/beheer/aanbieders/{id:[0-9]+}/contact")
    String contact(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, @ModelAttribute("contact") ContactFormulier f,
                   BindingResult resultaat, Model model) {
        try {
            register.contactVastleggen(beheerder, id, f.getContactNaam(), f.getTelefoon(), f.getEmail());
            return "redirect:/beheer/aanbieders/" + id + "?contact#contact";
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
        }
        return aanbieder(beheerder, id, model);
    }

    @PostMapping("/beheer/aanbieders/{id:[0-9]+}/keurmerken")
    String keurmerk(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, @ModelAttribute("keurmerk") KeurmerkFormulier f,
                    BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                register.keurmerkToevoegen(beheerder, id, f.getSoort(), f.getGeldigVanaf(), f.getGeldigTot());
                return "redirect:/beheer/aanbieders/" + id + "?keurmerk#keurmerken";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return aanbieder(beheerder, id, model);
    }

    @PostMapping("/beheer/aanbieders/{id:[0-9]+}/locaties/{locatieId:[0-9]+}/beeindigen")
    String locatieBeeindigen(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, @PathVariable long locatieId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate per, Model model) {
        try {
            register.locatieBeeindigen(beheerder, id, locatieId, per);
            return "redirect:/beheer/aanbieders/" + id + "?locatieBeeindigd#locaties";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("eindfout", "Locatie: " + String.join(" ", e.fouten().values()));
            model.addAttribute("eindfoutVeld", "locatie-per-" + locatieId);
            model.addAttribute("eindDatum", per);
            return aanbieder(beheerder, id, model);
        }
    }

    @PostMapping("/beheer/aanbieders/{id:[0-9]+}/keurmerken/{keurmerkId:[0-9]+}/beeindigen")
    String keurmerkBeeindigen(@AuthenticationPrincipal Gebruiker beheerder, @PathVariable long id, @PathVariable long keurmerkId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate per, Model model) {
        try {
            register.keurmerkBeeindigen(beheerder, id, keurmerkId, per);
            return "redirect:/beheer/aanbieders/" + id + "?keurmerkBeeindigd#keurmerken";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("eindfout", "Keurmerk: " + String.join(" ", e.fouten().values()));
            model.addAttribute("eindfoutVeld", "keurmerk-per-" + keurmerkId);
            model.addAttribute("eindDatum", per);
            return aanbieder(beheerder, id, model);
        }
    }

    public static class AanbiederFormulier {
        private String agbCode;
        private String kvkNummer;
        private String naam;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate ingeschrevenVanaf;
        /** The version the form was read at: not called "versie", so a stale form's message stands above the form, not at a hidden field. */
        private Integer gelezenVersie;

        static AanbiederFormulier van(Registratie a) {
            AanbiederFormulier f = new AanbiederFormulier();
            f.agbCode = a.agbCode();
            f.kvkNummer = a.kvkNummer();
            f.naam = a.naam();
            f.ingeschrevenVanaf = a.ingeschrevenVanaf();
            f.gelezenVersie = a.versie();
            return f;
        }

        Aanbiedersregister.Gegevens gegevens() {
            return new Aanbiedersregister.Gegevens(agbCode, kvkNummer, naam, ingeschrevenVanaf);
        }

        public String getAgbCode() { return agbCode; }
        public void setAgbCode(String agbCode) { this.agbCode = agbCode; }
        public String getKvkNummer() { return kvkNummer; }
        public void setKvkNummer(String kvkNummer) { this.kvkNummer = kvkNummer; }
        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public LocalDate getIngeschrevenVanaf() { return ingeschrevenVanaf; }
        public void setIngeschrevenVanaf(LocalDate ingeschrevenVanaf) { this.ingeschrevenVanaf = ingeschrevenVanaf; }
        public Integer getGelezenVersie() { return gelezenVersie; }
        public void setGelezenVersie(Integer gelezenVersie) { this.gelezenVersie = gelezenVersie; }
    }

    public static class BeeindigFormulier {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate per;
        private String reden;
        private Integer gelezenVersie;

        public LocalDate getPer() { return per; }
        public void setPer(LocalDate per) { this.per = per; }
        public String getReden() { return reden; }
        public void setReden(String reden) { this.reden = reden; }
        public Integer getGelezenVersie() { return gelezenVersie; }
        public void setGelezenVersie(Integer gelezenVersie) { this.gelezenVersie = gelezenVersie; }
    }

    public static class LocatieFormulier {
        private String naam;
        private String straat;
        private String huisnummer;
        private String postcode;
        private String plaats;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate vanaf;

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public String getStraat() { return straat; }
        public void setStraat(String straat) { this.straat = straat; }
        public String getHuisnummer() { return huisnummer; }
        public void setHuisnummer(String huisnummer) { this.huisnummer = huisnummer; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String postcode) { this.postcode = postcode; }
        public String getPlaats() { return plaats; }
        public void setPlaats(String plaats) { this.plaats = plaats; }
        public LocalDate getVanaf() { return vanaf; }
        public void setVanaf(LocalDate vanaf) { this.vanaf = vanaf; }
    }

    public static class ContactFormulier {
        private String contactNaam;
        private String telefoon;
        private String email;

        public String getContactNaam() { return contactNaam; }
        public void setContactNaam(String contactNaam) { this.contactNaam = contactNaam; }
        public String getTelefoon() { return telefoon; }
        public void setTelefoon(String telefoon) { this.telefoon = telefoon; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    public static class KeurmerkFormulier {
        private String soort;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate geldigVanaf;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate geldigTot;

        public String getSoort() { return soort; }
        public void setSoort(String soort) { this.soort = soort; }
        public LocalDate getGeldigVanaf() { return geldigVanaf; }
        public void setGeldigVanaf(LocalDate geldigVanaf) { this.geldigVanaf = geldigVanaf; }
        public LocalDate getGeldigTot() { return geldigTot; }
        public void setGeldigTot(LocalDate geldigTot) { this.geldigTot = geldigTot; }
    }
}
