package nl.dichtbij.aanbod.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Contracten.Contract;
import nl.dichtbij.aanbod.Contractregels;
import nl.dichtbij.aanbod.Inkoopmodel;
import nl.dichtbij.gemeente.Gemeente;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Bedrag;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The contract pages of beleid en inkoop (issue 16): the list, a new contract, a contract with its products, tariffs, ceiling
 * and history, the changes, ending, and the tariff import. Beleid of the managing municipality changes; beleid of another
 * municipality a regional contract applies to reads it.
 */
@Controller
class ContractenController {

    private final Contracten contracten;
    private final Aanbiedersregister register;
    private final Aanbod aanbod;
    private final Gemeenten gemeenten;
    private final Clock clock;

    ContractenController(Contracten contracten, Aanbiedersregister register, Aanbod aanbod, Gemeenten gemeenten, Clock clock) {
        this.contracten = contracten;
        this.register = register;
        this.aanbod = aanbod;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    @GetMapping("/inkoop/contracten")
    String lijst(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(defaultValue = "LOPEND") String stand,
                 @RequestParam(defaultValue = "0") int pagina, Model model) {
        Contracten.Stand gekozen = Contracten.Stand.van(stand).orElse(Contracten.Stand.LOPEND);
        model.addAttribute("contracten", contracten.lijst(beleid, gekozen, Math.max(0, pagina), 25));
        model.addAttribute("stand", gekozen.name());
        model.addAttribute("basis", "/inkoop/contracten?stand=" + gekozen.name());
        model.addAttribute("gemeente", beleid.gemeenteCode());
        return "inkoop/contracten";
    }

    @GetMapping("/inkoop/contracten/nieuw")
    String nieuw(@AuthenticationPrincipal Gebruiker beleid, Model model) {
        if (!model.containsAttribute("formulier")) {
            ContractFormulier f = new ContractFormulier();
            f.setIngangsdatum(LocalDate.now(clock).withDayOfYear(1).plusYears(1));
            f.setModel(Inkoopmodel.OPEN_HOUSE.name());
            f.setTussentijdsToetreden(true);
            f.setRegio(gemeenten.vind(beleid.gemeenteCode()).map(Gemeente::regio).orElse(null));
            model.addAttribute("formulier", f);
        }
        keuzes(beleid, model);
        model.addAttribute("id", null);
        return "inkoop/contract-formulier";
    }

    @PostMapping("/inkoop/contracten")
    String vastleggen(@AuthenticationPrincipal Gebruiker beleid, @ModelAttribute("formulier") ContractFormulier f, BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                Contract c = contracten.vastleggen(beleid, f.gegevens(beleid.gemeenteCode()));
                return "redirect:/inkoop/contracten/" + c.id() + "?vastgelegd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return nieuw(beleid, model);
    }

    @GetMapping("/inkoop/contracten/{id:[0-9]+}")
    String contract(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, Model model) {
        Contract c = contracten.contract(beleid, id);
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("c", c);
        model.addAttribute("mag", contracten.magWijzigen(beleid, c));
        model.addAttribute("historie", contracten.historie(beleid, id));
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("jaar", vandaag.getYear());
        model.addAttribute("plafond", contracten.plafondstand(c, beleid.gemeenteCode(), vandaag.getYear()).orElse(null));
        model.addAttribute("besteed", contracten.besteed(c, beleid.gemeenteCode(), vandaag.getYear()));
        model.addAttribute("wachttijd", contracten.wachttijd(c, beleid.gemeenteCode()));
        model.addAttribute("productnamen", aanbod.producten(beleid.gemeenteCode(), c.wet()).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.code(), p -> p.omschrijving())));
        model.addAttribute("nietInContract", aanbod.producten(beleid.gemeenteCode(), c.wet()).stream()
                .filter(p -> c.product(p.code()).isEmpty()).toList());
        model.addAttribute("metTarief", c.producten().stream().filter(p -> p.bekostigingsvorm().heeftTarief()).toList());
        model.addAttribute("vormen", Bekostigingsvorm.values());
        model.addAttribute("eenheden", aanbod.codelijst("WJ756"));
        model.addAttribute("eenheidPer", aanbod.codelijst("WJ756").stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.code(), nl.dichtbij.aanbod.Code::perEenheid)));
        java.util.Map<String, String> namen = gemeenten.alle().stream().collect(java.util.stream.Collectors.toMap(Gemeente::code, Gemeente::naam));
        String beheerder = namen.getOrDefault(c.gemeenteCode(), c.gemeenteCode());
        model.addAttribute("geldtVoor", c.regionaal() ? "Regio " + c.regio() + ": " + String.join(", ", c.gemeenten().stream()
                .map(g -> namen.getOrDefault(g, g)).toList()) + " (beheerd door " + beheerder + ")" : beheerder);
        formulier(model, "product", ProductFormulier::new, c);
        LocalDate volgendJaar = laatste(vandaag.withDayOfYear(1).plusYears(1), c.ingangsdatum());
        formulier(model, "tarief", () -> {
            TariefFormulier t = new TariefFormulier();
            t.setGeldigVanaf(volgendJaar);
            t.setEenheid("04");
            return t;
        }, c);
        formulier(model, "wijziging", () -> {
            TariefwijzigingFormulier t = new TariefwijzigingFormulier();
            t.setPer(laatste(vandaag.withDayOfMonth(1).plusMonths(1), c.ingangsdatum().plusDays(1)));
            return t;
        }, c);
        formulier(model, "indexatie", () -> {
            IndexatieFormulier i = new IndexatieFormulier();
            i.setPer(volgendJaar);
            return i;
        }, c);
        formulier(model, "plafondFormulier", () -> {
            PlafondFormulier p = new PlafondFormulier();
            p.setJaar(vandaag.getYear());
            c.plafond(beleid.gemeenteCode(), vandaag.getYear()).ifPresent(b -> p.setPlafond(Bedrag.getal(BigDecimal.valueOf(b.bedragCenten(), 2))));
            return p;
        }, c);
        return "inkoop/contract";
    }

    /** A form of the contract page: new, or the one just refused with its errors; it carries the version just read. */
    private static void formulier(Model model, String naam, java.util.function.Supplier<? extends Versieformulier> nieuw, Contract c) {
        if (!model.containsAttribute(naam)) {
            Versieformulier f = nieuw.get();
            f.setGelezenVersie(c.versie());
            model.addAttribute(naam, f);
        } else if (model.getAttribute(naam) instanceof Versieformulier f && f.getGelezenVersie() == null) {
            f.setGelezenVersie(c.versie());
        }
    }

    @GetMapping("/inkoop/contracten/{id:[0-9]+}/wijzigen")
    String wijzigen(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, Model model) {
        Contract c = contracten.contract(beleid, id);
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", ContractFormulier.van(c));
        }
        keuzes(beleid, model);
        model.addAttribute("id", id);
        model.addAttribute("c", c);
        return "inkoop/contract-formulier";
    }

    @PostMapping("/inkoop/contracten/{id:[0-9]+}/wijzigen")
    String wijzigingBewaren(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("formulier") ContractFormulier f,
                            BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                contracten.wijzigen(beleid, id, versie(f), f.gegevens(beleid.gemeenteCode()));
                return "redirect:/inkoop/contracten/" + id + "?gewijzigd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                nuGelezen(beleid, id, e, f);
            }
        }
        return wijzigen(beleid, id, model);
    }

    @PostMapping("/inkoop/contracten/{id:[0-9]+}/producten")
    String product(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("product") ProductFormulier f,
                   BindingResult resultaat, Model model) {
        try {
            contracten.productToevoegen(beleid, id, versie(f), f.getProductcode(), Bekostigingsvorm.van(f.getBekostigingsvorm()));
            return "redirect:/inkoop/contracten/" + id + "?productToegevoegd#producten";
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
            nuGelezen(beleid, id, e, f);
        }
        return contract(beleid, id, model);
    }

    @PostMapping("/inkoop/contracten/{id:[0-9]+}/tarieven")
    String tarief(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("tarief") TariefFormulier f,
                  BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                contracten.tariefToevoegen(beleid, id, versie(f), new Contractregels.Tariefgegevens(f.getProductcode(), f.getGeldigVanaf(),
                        f.getGeldigTot(), Bedrag.centen(f.getTarief()), f.getEenheid()));
                return "redirect:/inkoop/contracten/" + id + "?tariefToegevoegd#tarieven";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                nuGelezen(beleid, id, e, f);
            }
        }
        return contract(beleid, id, model);
    }

    @PostMapping("/inkoop/contracten/{id:[0-9]+}/tarieven/wijzigen")
    String tariefWijzigen(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("wijziging") TariefwijzigingFormulier f,
                          BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                if (f.getTariefId() == null) {
                    throw new OngeldigeInvoerException("tariefId", "Kies het tarief dat verandert.");
                }
                contracten.tariefWijzigen(beleid, id, versie(f), f.getTariefId(), Bedrag.centen(f.getTarief()), f.getPer());
                return "redirect:/inkoop/contracten/" + id + "?tariefGewijzigd#tarieven";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                nuGelezen(beleid, id, e, f);
            }
        }
        return contract(beleid, id, model);
    }

    @PostMapping("/inkoop/contracten/{id:[0-9]+}/indexeren")
    String indexeren(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("indexatie") IndexatieFormulier f,
                     BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                contracten.indexeren(beleid, id, versie(f), procent(f.getProcent()), f.getPer());
                return "redirect:/inkoop/contracten/" + id + "?geindexeerd#tarieven";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                nuGelezen(beleid, id, e, f);
            }
        }
        return contract(beleid, id, model);
    }

    @PostMapping("/inkoop/contracten/{id:[0-9]+}/plafond")
    String plafond(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("plafondFormulier") PlafondFormulier f,
                   BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                contracten.plafondVastleggen(beleid, id, versie(f), f.getJaar() == null ? 0 : f.getJaar(), Bedrag.centen(f.getPlafond()));
                return "redirect:/inkoop/contracten/" + id + "?plafondBewaard#plafond";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                nuGelezen(beleid, id, e, f);
            }
        }
        return contract(beleid, id, model);
    }

    @GetMapping("/inkoop/contracten/{id:[0-9]+}/beeindigen")
    String beeindigen(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, Model model) {
        Contract c = contracten.contract(beleid, id);
        if (!model.containsAttribute("formulier")) {
            BeeindigFormulier f = new BeeindigFormulier();
            f.setGelezenVersie(c.versie());
            f.setEinddatum(laatste(LocalDate.now(clock).plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1), c.ingangsdatum()));
            model.addAttribute("formulier", f);
        }
        model.addAttribute("c", c);
        return "inkoop/contract-beeindigen";
    }

    @PostMapping("/inkoop/contracten/{id:[0-9]+}/beeindigen")
    String beeindigingBewaren(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("formulier") BeeindigFormulier f,
                              BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                contracten.beeindigen(beleid, id, versie(f), f.getEinddatum(), f.getReden());
                return "redirect:/inkoop/contracten/" + id + "?beeindigd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                nuGelezen(beleid, id, e, f);
            }
        }
        return beeindigen(beleid, id, model);
    }

    @GetMapping("/inkoop/tarieven/import")
    String importPagina(@AuthenticationPrincipal Gebruiker beleid, Model model) {
        model.addAttribute("geenBestand", false);
        model.addAttribute("voorbeeld", contracten.importvoorbeeld(beleid).orElse(null));
        return "inkoop/tarieven-import";
    }

    @PostMapping("/inkoop/tarieven/import")
    String importeren(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model) {
        model.addAttribute("voorbeeld", contracten.importvoorbeeld(beleid).orElse(null));
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("fouten", List.of("Kies een CSV-bestand met tarieven."));
            model.addAttribute("geenBestand", true);
            return "inkoop/tarieven-import";
        }
        model.addAttribute("geenBestand", false);
        try (InputStreamReader lezer = new InputStreamReader(bestand.getInputStream(), StandardCharsets.UTF_8)) {
            Contracten.Tariefimport uitkomst = contracten.tarievenImporteren(beleid, lezer);
            model.addAttribute("fouten", uitkomst.fouten());
            model.addAttribute("opgeslagen", uitkomst.opgeslagen());
            model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        } catch (IOException e) {
            model.addAttribute("fouten", List.of("Het bestand kon niet worden gelezen. Probeer het opnieuw."));
        }
        return "inkoop/tarieven-import";
    }

    private void keuzes(Gebruiker beleid, Model model) {
        model.addAttribute("aanbieders", register.zoek(beleid, null, Aanbiedersregister.Stand.ACTIEF, 0, 100).inhoud());
        model.addAttribute("wetten", List.of(Wet.values()));
        model.addAttribute("modellen", Inkoopmodel.values());
        String regio = gemeenten.vind(beleid.gemeenteCode()).map(Gemeente::regio).orElse(null);
        model.addAttribute("regio", regio);
        model.addAttribute("regiogemeenten", gemeenten.alle().stream()
                .filter(g -> !g.code().equals(beleid.gemeenteCode()) && regio != null && regio.equals(g.regio())).toList());
    }

    /** Someone else was first: the form keeps what was typed and carries the version just read, so saving again is a choice. */
    private void nuGelezen(Gebruiker beleid, long id, OngeldigeInvoerException e, Versieformulier f) {
        if (e instanceof Contracten.IntussenGewijzigd) {
            f.setGelezenVersie(contracten.contract(beleid, id).versie());
        }
    }

    /** The later of two days: a form's proposed date never lies before the contract starts. */
    private static LocalDate laatste(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** "3,2", "3.2 %" or "-1": the percentage, or null when it is not one. */
    static BigDecimal procent(String tekst) {
        if (tekst == null) {
            return null;
        }
        String t = tekst.replace("%", "").strip();
        boolean negatief = t.startsWith("-");
        BigDecimal waarde = Bedrag.lees(negatief ? t.substring(1) : t);
        return waarde == null ? null : negatief ? waarde.negate() : waarde;
    }

    private static int versie(Versieformulier f) {
        return f.getGelezenVersie() == null ? -1 : f.getGelezenVersie();
    }

    /** A form that changes a contract carries the version it was read at (not called "versie": a stale form's message stands above it). */
    public abstract static class Versieformulier {
        private Integer gelezenVersie;

        public Integer getGelezenVersie() {
            return gelezenVersie;
        }

        public void setGelezenVersie(Integer gelezenVersie) {
            this.gelezenVersie = gelezenVersie;
        }
    }

    public static class ContractFormulier extends Versieformulier {
        private String kenmerk;
        private Long aanbiederId;
        private String wet;
        private String model;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate ingangsdatum;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate einddatum;
        private String toelatingsvoorwaarden;
        private boolean tussentijdsToetreden;
        /** Text, so "twee weken" gets the rule's message in the same round as every other mistake. */
        private String wachttijdnormDagen;
        private String regio;
        private List<String> gemeenten = new ArrayList<>();

        static ContractFormulier van(Contract c) {
            ContractFormulier f = new ContractFormulier();
            f.kenmerk = c.kenmerk();
            f.aanbiederId = c.aanbiederId();
            f.wet = c.wet().name();
            f.model = c.model().name();
            f.ingangsdatum = c.ingangsdatum();
            f.einddatum = c.einddatum();
            f.toelatingsvoorwaarden = c.toelatingsvoorwaarden();
            f.tussentijdsToetreden = c.tussentijdsToetreden();
            f.wachttijdnormDagen = c.wachttijdnormDagen() == null ? null : String.valueOf(c.wachttijdnormDagen());
            f.regio = c.regio();
            f.gemeenten = new ArrayList<>(c.gemeenten());
            f.setGelezenVersie(c.versie());
            return f;
        }

        Contractregels.Gegevens gegevens(String eigenGemeente) {
            List<String> waar = new ArrayList<>();
            waar.add(eigenGemeente);
            gemeenten.stream().filter(g -> g != null && !g.isBlank() && !waar.contains(g)).forEach(waar::add);
            Wet gekozen = wet == null ? null : java.util.Arrays.stream(Wet.values()).filter(w -> w.name().equals(wet)).findFirst().orElse(null);
            return new Contractregels.Gegevens(kenmerk, regio, aanbiederId, gekozen, Inkoopmodel.van(model), ingangsdatum, einddatum,
                    toelatingsvoorwaarden, tussentijdsToetreden, norm(), waar);
        }

        /** The norm typed, or -1 (refused by the rule with its message) when it is not a whole number. */
        private Integer norm() {
            if (wachttijdnormDagen == null || wachttijdnormDagen.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(wachttijdnormDagen.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        public String getKenmerk() { return kenmerk; }
        public void setKenmerk(String kenmerk) { this.kenmerk = kenmerk; }
        public Long getAanbiederId() { return aanbiederId; }
        public void setAanbiederId(Long aanbiederId) { this.aanbiederId = aanbiederId; }
        public String getWet() { return wet; }
        public void setWet(String wet) { this.wet = wet; }
        public String getModel() { return model; }
        public void setModel(String model) { this.model = model; }
        public LocalDate getIngangsdatum() { return ingangsdatum; }
        public void setIngangsdatum(LocalDate ingangsdatum) { this.ingangsdatum = ingangsdatum; }
        public LocalDate getEinddatum() { return einddatum; }
        public void setEinddatum(LocalDate einddatum) { this.einddatum = einddatum; }
        public String getToelatingsvoorwaarden() { return toelatingsvoorwaarden; }
        public void setToelatingsvoorwaarden(String toelatingsvoorwaarden) { this.toelatingsvoorwaarden = toelatingsvoorwaarden; }
        public boolean isTussentijdsToetreden() { return tussentijdsToetreden; }
        public void setTussentijdsToetreden(boolean tussentijdsToetreden) { this.tussentijdsToetreden = tussentijdsToetreden; }
        public String getWachttijdnormDagen() { return wachttijdnormDagen; }
        public void setWachttijdnormDagen(String wachttijdnormDagen) { this.wachttijdnormDagen = wachttijdnormDagen; }
        public String getRegio() { return regio; }
        public void setRegio(String regio) { this.regio = regio; }
        public List<String> getGemeenten() { return gemeenten; }
        public void setGemeenten(List<String> gemeenten) { this.gemeenten = gemeenten; }
    }

    public static class ProductFormulier extends Versieformulier {
        private String productcode;
        private String bekostigingsvorm;

        public String getProductcode() { return productcode; }
        public void setProductcode(String productcode) { this.productcode = productcode; }
        public String getBekostigingsvorm() { return bekostigingsvorm; }
        public void setBekostigingsvorm(String bekostigingsvorm) { this.bekostigingsvorm = bekostigingsvorm; }
    }

    public static class TariefFormulier extends Versieformulier {
        private String productcode;
        private String tarief;
        private String eenheid;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate geldigVanaf;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate geldigTot;

        public String getProductcode() { return productcode; }
        public void setProductcode(String productcode) { this.productcode = productcode; }
        public String getTarief() { return tarief; }
        public void setTarief(String tarief) { this.tarief = tarief; }
        public String getEenheid() { return eenheid; }
        public void setEenheid(String eenheid) { this.eenheid = eenheid; }
        public LocalDate getGeldigVanaf() { return geldigVanaf; }
        public void setGeldigVanaf(LocalDate geldigVanaf) { this.geldigVanaf = geldigVanaf; }
        public LocalDate getGeldigTot() { return geldigTot; }
        public void setGeldigTot(LocalDate geldigTot) { this.geldigTot = geldigTot; }
    }

    public static class TariefwijzigingFormulier extends Versieformulier {
        private Long tariefId;
        private String tarief;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate per;

        public Long getTariefId() { return tariefId; }
        public void setTariefId(Long tariefId) { this.tariefId = tariefId; }
        public String getTarief() { return tarief; }
        public void setTarief(String tarief) { this.tarief = tarief; }
        public LocalDate getPer() { return per; }
        public void setPer(LocalDate per) { this.per = per; }
    }

    public static class IndexatieFormulier extends Versieformulier {
        private String procent;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate per;

        public String getProcent() { return procent; }
        public void setProcent(String procent) { this.procent = procent; }
        public LocalDate getPer() { return per; }
        public void setPer(LocalDate per) { this.per = per; }
    }

    public static class PlafondFormulier extends Versieformulier {
        private Integer jaar;
        private String plafond;

        public Integer getJaar() { return jaar; }
        public void setJaar(Integer jaar) { this.jaar = jaar; }
        public String getPlafond() { return plafond; }
        public void setPlafond(String plafond) { this.plafond = plafond; }
    }

    public static class BeeindigFormulier extends Versieformulier {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate einddatum;
        private String reden;

        public LocalDate getEinddatum() { return einddatum; }
        public void setEinddatum(LocalDate einddatum) { this.einddatum = einddatum; }
        public String getReden() { return reden; }
        public void setReden(String reden) { this.reden = reden; }
    }
}
