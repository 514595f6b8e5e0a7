package nl.dichtbij.besluit.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.BeslisVerzoek;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.Bezwaar;
import nl.dichtbij.besluit.Bezwaren;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Mandaten;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.platform.web.Formulieren;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The professional's side of decisions: aanvraag, decision form, letter, changes and objections. */
@Controller
@RequestMapping("/werk")
class BesluitController {

    private final Besluiten besluiten;
    private final Bezwaren bezwaren;
    private final Mandaten mandaten;
    private final Aanbod aanbod;
    private final Contracten contracten;
    private final PersonenRegister register;
    private final Clock clock;

    BesluitController(Besluiten besluiten, Bezwaren bezwaren, Mandaten mandaten, Aanbod aanbod, Contracten contracten,
                     PersonenRegister register, Clock clock) {
        this.besluiten = besluiten;
        this.bezwaren = bezwaren;
        this.mandaten = mandaten;
        this.aanbod = aanbod;
        this.contracten = contracten;
        this.register = register;
        this.clock = clock;
    }

    /** Amounts as a Dutch professional types them: "12.500,00" as well as "12500.00"; anything else is a field error in Dutch. */
    @org.springframework.web.bind.annotation.InitBinder
    void bedragen(org.springframework.web.bind.WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new java.beans.PropertyEditorSupport() {
            @Override
            public void setAsText(String tekst) {
                BigDecimal euro = tekst == null || tekst.isBlank() ? null : nl.dichtbij.platform.Bedrag.lees(tekst);
                if (euro == null && tekst != null && !tekst.isBlank()) {
                    throw new IllegalArgumentException("Geen bedrag");
                }
                setValue(euro);
            }

            @Override
            public String getAsText() {
                return nl.dichtbij.platform.Bedrag.getal((BigDecimal) getValue());
            }
        });
    }

    @PostMapping("/zaken/{zaakId}/aanvragen")
    String aanvragen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam(required = false) String persoonBsn,
                     @RequestParam(required = false) Wet wet, @RequestParam(required = false) String omschrijving,
                     org.springframework.web.servlet.mvc.support.RedirectAttributes doorgeven) {
        try {
            Aanvraag aanvraag = besluiten.aanvragen(medewerker, zaakId, persoonBsn, wet, omschrijving);
            return "redirect:/werk/aanvragen/" + aanvraag.id();
        } catch (OngeldigeInvoerException e) {
            // the message travels in the session, not in the address: nobody can put text of his own on the case page
            doorgeven.addFlashAttribute("aanvraagfout", String.join(" ", e.fouten().values()));
            return "redirect:/werk/zaken/" + zaakId + "#besluiten";
        }
    }

    @GetMapping("/aanvragen/{id}")
    String aanvraag(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, Model model) {
        return pagina(medewerker, id, model);
    }

    @PostMapping("/aanvragen/{id}/verdagen")
    String verdagen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam(defaultValue = "0") int weken,
                    @RequestParam(required = false) String reden, Model model) {
        try {
            besluiten.verdagen(medewerker, id, weken, reden);
            return "redirect:/werk/aanvragen/" + id + "?verdaagd";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("verdagingFout", String.join(" ", e.fouten().values()));
            return pagina(medewerker, id, model);
        }
    }

    @PostMapping("/aanvragen/{id}/besluit")
    String beslissen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id,
                     @ModelAttribute("besluit") BesluitFormulier formulier, BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                besluiten.beslissen(medewerker, id, formulier.naarVerzoek());
                return "redirect:/werk/aanvragen/" + id + "?besloten";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return pagina(medewerker, id, model);
    }

    @PostMapping("/beschikkingen/{id}/goedkeuren")
    String goedkeuren(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, Model model) {
        Beschikking beschikking = besluiten.beschikking(medewerker, id);
        try {
            besluiten.goedkeuren(medewerker, id);
            return "redirect:/werk/aanvragen/" + beschikking.aanvraagId() + "?goedgekeurd";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("wijzigFout", String.join(" ", e.fouten().values()));
            return pagina(medewerker, beschikking.aanvraagId(), model);
        }
    }

    @PostMapping("/beschikkingen/{id}/wijzigen")
    String wijzigen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam(required = false) Besluiten.Wijziging wijziging,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
                    @RequestParam(required = false) String reden, @RequestParam(required = false) String redenWijziging, Model model) {
        Beschikking beschikking = besluiten.beschikking(medewerker, id);
        try {
            if (wijziging == null) {
                throw new OngeldigeInvoerException("wijziging", "Kies wat er verandert.");
            }
            besluiten.wijzigen(medewerker, id, wijziging, datum, reden, redenWijziging == null || redenWijziging.isBlank() ? null : redenWijziging);
            return "redirect:/werk/aanvragen/" + beschikking.aanvraagId() + "?gewijzigd";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("wijzigFout", String.join(" ", e.fouten().values()));
            return pagina(medewerker, beschikking.aanvraagId(), model);
        }
    }

    @PostMapping("/bezwaren/{id}/termijn")
    String bezwaarTermijn(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id,
                          @RequestParam(defaultValue = "false") boolean adviescommissie, @RequestParam(defaultValue = "false") boolean verdagen,
                          Model model) {
        long aanvraagId = besluiten.beschikking(medewerker, bezwaren.bezwaar(medewerker, id).beschikkingId()).aanvraagId();
        try {
            bezwaren.termijn(medewerker, id, adviescommissie, verdagen);
            return "redirect:/werk/aanvragen/" + aanvraagId + "?bezwaartermijn";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("wijzigFout", String.join(" ", e.fouten().values()));
            return pagina(medewerker, aanvraagId, model);
        }
    }

    @PostMapping("/bezwaren/{id}/beslissing")
    String bezwaarBeslissen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam(required = false) String uitkomst,
                            @RequestParam(required = false) String toelichting, Model model) {
        long aanvraagId = besluiten.beschikking(medewerker, bezwaren.bezwaar(medewerker, id).beschikkingId()).aanvraagId();
        try {
            bezwaren.beslissen(medewerker, id, uitkomst, toelichting);
            return "redirect:/werk/aanvragen/" + aanvraagId + "?bezwaarbeslist";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("wijzigFout", String.join(" ", e.fouten().values()));
            return pagina(medewerker, aanvraagId, model);
        }
    }

    @GetMapping("/beschikkingen/{id}/brief")
    ResponseEntity<byte[]> brief(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id) {
        return Brieven.pdf(besluiten.briefVan(besluiten.beschikking(medewerker, id)), id);
    }

    @GetMapping("/beschikkingen/{id}/wijzigingen/{wijziging}/brief")
    ResponseEntity<byte[]> wijzigingsbrief(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @PathVariable long wijziging) {
        return Brieven.wijzigingsbrief(besluiten.wijzigingsbrief(besluiten.beschikking(medewerker, id), wijziging), id, wijziging, false);
    }

    @GetMapping("/bezwaren/bijlagen/{bijlageId}")
    ResponseEntity<byte[]> bezwaarbijlage(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long bijlageId) {
        return Brieven.bijlage(bezwaren.bijlage(medewerker, bijlageId));
    }

    /** The letter as it will go out, for whoever gives the second signature. */
    @GetMapping("/beschikkingen/{id}/conceptbrief")
    ResponseEntity<byte[]> conceptbrief(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id) {
        return Brieven.pdf(besluiten.conceptbrief(medewerker, id), id);
    }

    private String pagina(Gebruiker medewerker, long id, Model model) {
        Aanvraag aanvraag = besluiten.aanvraag(medewerker, id);
        model.addAttribute("aanvraag", aanvraag);
        model.addAttribute("persoon", register.persoon(medewerker.gemeenteCode(), aanvraag.persoonBsn()).map(p -> p.naam()).orElse(""));
        model.addAttribute("termijn", Aanvraag.termijn(aanvraag.wet()));
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("mandaat", mandaten.heeftMandaat(medewerker, aanvraag.wet()));
        model.addAttribute("vierOgen", nl.dichtbij.platform.Bedrag.tekst(besluiten.vierOgenBedrag()));
        model.addAttribute("producten", aanbod.producten(medewerker.gemeenteCode(), aanvraag.wet()));
        List<Contracten.Aanbieding> aanbiedingen = contracten.aanbiedingen(medewerker.gemeenteCode(), aanvraag.wet(), LocalDate.now(clock));
        model.addAttribute("aanbiedingen", aanbiedingen);
        model.addAttribute("aanbieders", aanbiedingen.stream().map(Contracten.Aanbieding::aanbieder).distinct()
                .sorted(java.util.Comparator.comparing(nl.dichtbij.aanbod.Aanbieder::naam)).toList());
        model.addAttribute("plafondWaarschuwingen", aanbiedingen.stream().filter(a -> a.plafond() != null && a.plafond().waarschuwen())
                .collect(java.util.stream.Collectors.toMap(a -> a.aanbieder().naam(), a -> a.plafond().tekst(), (x, y) -> x,
                        java.util.TreeMap::new)));
        model.addAttribute("eenheden", aanbod.codelijst("WJ756"));
        model.addAttribute("eenheidNamen", aanbod.codelijst("WJ756").stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.code(), c -> c.omschrijving().toLowerCase(java.util.Locale.ROOT))));
        model.addAttribute("frequenties", aanbod.codelijst("WMO757"));
        model.addAttribute("redenenWijziging", aanbod.codelijst("JZ002"));
        model.addAttribute("uitkomsten", Uitkomst.values());
        model.addAttribute("vormen", Leveringsvorm.values());
        model.addAttribute("wijzigingen", Besluiten.Wijziging.values());
        besluiten.vanAanvraag(medewerker, id).ifPresent(b -> {
            model.addAttribute("beschikking", b);
            model.addAttribute("historie", besluiten.historie(b.id()));
            model.addAttribute("voortgang", besluiten.voortgang(b));
            List<Bezwaar> vanBesluit = bezwaren.vanBeschikking(medewerker, b.id());
            model.addAttribute("bezwaren", vanBesluit);
            model.addAttribute("bijlagen", vanBesluit.stream().collect(java.util.stream.Collectors.toMap(Bezwaar::id, z -> bezwaren.bijlagen(z.id()))));
            model.addAttribute("omvang", besluiten.omvang(b));
            model.addAttribute("magTekenen", besluiten.wachtenOpTweede(medewerker).stream().anyMatch(w -> w.id() == b.id()));
        });
        if (!model.containsAttribute("besluit")) {
            BesluitFormulier formulier = new BesluitFormulier();
            formulier.setIngangsdatum(LocalDate.now(clock));
            formulier.setEinddatum(LocalDate.now(clock).plusYears(1).minusDays(1));
            model.addAttribute("besluit", formulier);
        }
        return "besluit/aanvraag";
    }

    public static class BesluitFormulier {
        private Uitkomst uitkomst;
        private String resultaat;
        private String motivering;
        private String productcode;
        private Integer volume;
        private String eenheid;
        private String frequentie;
        private BigDecimal budget;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate ingangsdatum;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate einddatum;
        private Leveringsvorm vorm;
        private Long aanbiederId;
        private BigDecimal pgbBedrag;

        BeslisVerzoek naarVerzoek() {
            return new BeslisVerzoek(uitkomst, resultaat, motivering, productcode, volume, eenheid, frequentie, budget, ingangsdatum, einddatum,
                    vorm, aanbiederId, pgbBedrag);
        }

        public Uitkomst getUitkomst() { return uitkomst; }
        public void setUitkomst(Uitkomst uitkomst) { this.uitkomst = uitkomst; }
        public String getResultaat() { return resultaat; }
        public void setResultaat(String resultaat) { this.resultaat = resultaat; }
        public String getMotivering() { return motivering; }
        public void setMotivering(String motivering) { this.motivering = motivering; }
        public String getProductcode() { return productcode; }
        public void setProductcode(String productcode) { this.productcode = productcode; }
        public Integer getVolume() { return volume; }
        public void setVolume(Integer volume) { this.volume = volume; }
        public String getEenheid() { return eenheid; }
        public void setEenheid(String eenheid) { this.eenheid = eenheid; }
        public String getFrequentie() { return frequentie; }
        public void setFrequentie(String frequentie) { this.frequentie = frequentie; }
        public BigDecimal getBudget() { return budget; }
        public void setBudget(BigDecimal budget) { this.budget = budget; }
        public LocalDate getIngangsdatum() { return ingangsdatum; }
        public void setIngangsdatum(LocalDate ingangsdatum) { this.ingangsdatum = ingangsdatum; }
        public LocalDate getEinddatum() { return einddatum; }
        public void setEinddatum(LocalDate einddatum) { this.einddatum = einddatum; }
        public Leveringsvorm getVorm() { return vorm; }
        public void setVorm(Leveringsvorm vorm) { this.vorm = vorm; }
        public Long getAanbiederId() { return aanbiederId; }
        public void setAanbiederId(Long aanbiederId) { this.aanbiederId = aanbiederId; }
        public BigDecimal getPgbBedrag() { return pgbBedrag; }
        public void setPgbBedrag(BigDecimal pgbBedrag) { this.pgbBedrag = pgbBedrag; }
    }
}
