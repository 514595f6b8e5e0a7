package nl.dichtbij.marktplaats;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Product;
import nl.dichtbij.besluit.BeslisVerzoek;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.plan.Doel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.toegang.Huishoudoverzicht;
import nl.dichtbij.toegang.Meldingen;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmMeting;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The marketplace for complex cases (issue 19). The regisseur publishes an anonymised request with the resident's consent;
 * providers with a contract for the product ask questions and bid once, sealed, before the deadline; after it the bids open,
 * the regisseur proposes one, the resident gives his say, and the award becomes an ordinary decision through
 * {@link Besluiten} (so the toewijzing and the 301 follow). Nobody bid: the regisseur records his fallback. Every step and
 * every refused attempt is appended to the request's history ({@code marktstap}) and written to the Logboek.
 */
@Service
public class Marktplaats {

    static final String GRONDSLAG = "Marktplaats: geanonimiseerd verzoek met toestemming van de inwoner (AVG art. 6 lid 1a; Wmo 2015 art. 2.3.5)";
    public static final int HOOGSTENS = 100;

    private static final String VELDEN = """
            select id, gemeente_code, wet, productcode, soort, leeftijdsband, huishouden, levensgebieden, zrm_profiel, doelen, situatie, gewenste_start,
                sluit_op, toestemming_wijze, toestemming_op, status, gepubliceerd_door, gepubliceerd_op, voorgesteld_bod_id, voorstel_motivering,
                inwoner_oordeel, inwoner_toelichting, inwoner_oordeel_op, gegund_bod_id, terugval, terugval_aanbieder_id, motivering, beschikking_id,
                afgerond_op, version
            from marktverzoek""";
    private static final String BOD = "select id, verzoek_id, aanbieder_id, aanbieder_agb, aanbieder_naam, plan, prijs_centen, uren_per_week, ingediend_door, "
            + "ingediend_op from marktbod";

    /** Who a request is about: the case team's and the resident's side, never shown to a provider. */
    public record Koppeling(long verzoekId, String gemeenteCode, long zaakId, String persoonBsn) {
    }

    /** What the form proposes for a member of the household: computed from the register, the onderzoek, the ZRM and the plan. */
    public record Samenstelling(Persoon persoon, String leeftijdsband, String huishouden, List<Levensgebied> levensgebieden, String zrmProfiel,
                                String doelen, List<Product> producten) {
    }

    /** What the regisseur fills in. */
    public record Publicatie(String persoonBsn, String productcode, String situatie, String doelen, LocalDate gewensteStart, Instant sluitOp,
                             boolean toestemming, Toestemmingswijze wijze, LocalDate toestemmingOp) {
    }

    /** A request with its phase now and the number of bids: null while they are sealed, not even a count goes out before the deadline. */
    public record Overzicht(Marktverzoek verzoek, Fase fase, Integer biedingen) {
    }

    /** What a provider sees of one request: the anonymised request, all questions and answers, and its own bid. */
    public record Aanbiederinzage(Marktverzoek verzoek, Fase fase, List<Marktvraag> vragen, Bod eigenBod, boolean gegundAanU) {
    }

    /** What the resident sees: the request about him, and the proposed or chosen bid once there is one. */
    public record Inwonerinzage(Marktverzoek verzoek, Fase fase, Bod voorgesteld) {
    }

    private final JdbcClient jdbc;
    private final Zaken zaken;
    private final Dossiertoegang dossiertoegang;
    private final DossierLog dossierLog;
    private final PersonenRegister register;
    private final Plannen plannen;
    private final Zrm zrm;
    private final Huishoudoverzicht huishoudoverzicht;
    private final Meldingen meldingen;
    private final Aanbod aanbod;
    private final Contracten contracten;
    private final Besluiten besluiten;
    private final Clock clock;
    private final TransactionTemplate apart;

    Marktplaats(JdbcClient jdbc, Zaken zaken, Dossiertoegang dossiertoegang, DossierLog dossierLog, PersonenRegister register, Plannen plannen, Zrm zrm,
                Huishoudoverzicht huishoudoverzicht, Meldingen meldingen, Aanbod aanbod, Contracten contracten, Besluiten besluiten, Clock clock,
                PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.zaken = zaken;
        this.dossiertoegang = dossiertoegang;
        this.dossierLog = dossierLog;
        this.register = register;
        this.plannen = plannen;
        this.zrm = zrm;
        this.huishoudoverzicht = huishoudoverzicht;
        this.meldingen = meldingen;
        this.aanbod = aanbod;
        this.contracten = contracten;
        this.besluiten = besluiten;
        this.clock = clock;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ------------------------------------------------------------------ the regisseur

    /** The household members the regisseur can compose a request for. */
    @Transactional(readOnly = true)
    public List<Persoon> leden(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaakMetPlan(medewerker, zaakId);
        return register.leden(zaak.gemeenteCode(), zaak.huishoudenId());
    }

    /** The anonymised profile of a member, from the onderzoek, the latest ZRM and the plan's goals for him. */
    @Transactional(readOnly = true)
    public Samenstelling samenstellen(Gebruiker medewerker, long zaakId, String persoonBsn) {
        Zaak zaak = zaakMetPlan(medewerker, zaakId);
        List<Persoon> leden = register.leden(zaak.gemeenteCode(), zaak.huishoudenId());
        Persoon persoon = leden.stream().filter(p -> p.bsn().equals(persoonBsn)).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("persoonBsn", "Kies voor wie het verzoek is: iemand uit het huishouden."));
        LocalDate vandaag = LocalDate.now(clock);
        Set<Levensgebied> gebieden = new LinkedHashSet<>();
        for (var melding : huishoudoverzicht.vanZaak(medewerker, zaak.huishoudenId(), zaakId)) {
            if (persoonBsn.equals(melding.persoonBsn())) {
                meldingen.onderzoek(medewerker, melding.id()).ifPresent(o -> o.bevindingen().forEach(b -> gebieden.add(b.levensgebied())));
            }
        }
        List<Doel> doelen = plannen.bekijken(medewerker, zaakId).doelen().stream()
                .filter(d -> d.persoonBsn() == null || d.persoonBsn().equals(persoonBsn)).toList();
        doelen.forEach(d -> gebieden.add(d.levensgebied()));
        String zrmProfiel = zrm.historie(zaak.gemeenteCode(), persoonBsn).stream().max(Comparator.comparing(ZrmMeting::datum))
                .map(ZrmMeting::samenvatting).filter(s -> !s.isBlank()).orElse(null);
        dossierLog.vastleggen(medewerker, zaak.gemeenteCode(), List.of(persoonBsn), Dossierdeel.PLAN, Handeling.INZIEN, GRONDSLAG);
        List<Levensgebied> geordend = java.util.Arrays.stream(Levensgebied.values()).filter(gebieden::contains).toList();
        return new Samenstelling(persoon, Marktregels.leeftijdsband(persoon.leeftijdOp(vandaag)),
                Marktregels.huishouden(leden.stream().map(p -> p.leeftijdOp(vandaag)).toList()), geordend, zrmProfiel,
                doelen.stream().map(d -> "- " + d.omschrijving()).collect(Collectors.joining("\n")),
                // only what fits his age: no Jeugdwet help for someone of 82
                gecontracteerdeProducten(zaak.gemeenteCode(), vandaag).stream()
                        .filter(p -> Marktregels.wetPastBijLeeftijd(p.wet(), persoon.leeftijdOp(vandaag))).toList());
    }

    /** The products of the municipality for which at least one provider has a running contract: what a request can ask for. */
    public List<Product> gecontracteerdeProducten(String gemeenteCode, LocalDate dag) {
        return aanbod.producten(gemeenteCode).stream().filter(p -> !aanbod.aanbiedersVoor(p, dag).isEmpty()).toList();
    }

    /** Publishes the anonymised request; refused (and logged) without the resident's consent or with personal data in the text. */
    @Transactional
    public Marktverzoek publiceren(Gebruiker medewerker, long zaakId, Publicatie p) {
        Samenstelling s = samenstellen(medewerker, zaakId, p.persoonBsn());
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        LocalDate vandaag = LocalDate.now(clock);
        Instant nu = clock.instant();
        Product product = p.productcode() == null ? null : s.producten().stream().filter(x -> x.code().equals(p.productcode().strip())).findFirst().orElse(null);
        Map<String, String> fouten = new LinkedHashMap<>(Marktregels.publiceren(new Marktregels.Invoer(p.productcode(), product != null, p.situatie(),
                p.doelen(), p.gewensteStart(), p.sluitOp(), p.toestemming(), p.wijze(), p.toestemmingOp()), kenmerken(zaak), nu, vandaag));
        if (s.levensgebieden().isEmpty()) {
            fouten.put("persoonBsn", "Voor deze inwoner zijn nog geen levensgebieden bekend uit het onderzoek of het plan. Leg eerst het onderzoek vast.");
        }
        if (!fouten.isEmpty()) {
            if (fouten.containsKey("toestemming")) {
                dossierLog.vastleggen(medewerker, zaak.gemeenteCode(), List.of(p.persoonBsn()), Dossierdeel.PLAN, Handeling.GEWEIGERD,
                        "Marktplaats: publiceren zonder toestemming van de inwoner geweigerd");
            }
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into marktverzoek (gemeente_code, wet, productcode, soort, leeftijdsband, huishouden, levensgebieden, zrm_profiel, doelen,
                            situatie, gewenste_start, sluit_op, toestemming_wijze, toestemming_op, status, gepubliceerd_door, gepubliceerd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GEPUBLICEERD', ?, ?)""")
                .params(zaak.gemeenteCode(), product.wet().name(), product.code(), product.omschrijving(), s.leeftijdsband(), s.huishouden(),
                        s.levensgebieden().stream().map(Levensgebied::label).collect(Collectors.joining(", ")), s.zrmProfiel(), p.doelen().strip(),
                        p.situatie().strip(), p.gewensteStart(), Timestamp.from(p.sluitOp()), p.wijze().name(), p.toestemmingOp(),
                        medewerker.actorNaam(), Timestamp.from(nu))
                .update(sleutel, "id");
        long id = sleutel.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into marktverzoek_zaak (verzoek_id, gemeente_code, zaak_id, persoon_bsn) values (?, ?, ?, ?)")
                .params(id, zaak.gemeenteCode(), zaakId, p.persoonBsn()).update();
        stap(id, medewerker, "Gepubliceerd", "Toestemming van de inwoner: " + p.wijze().label().toLowerCase() + ", op "
                + nl.dichtbij.platform.Formaat.lang(p.toestemmingOp()) + ". Bieden tot " + nl.dichtbij.platform.Formaat.tijdstip(p.sluitOp()) + ".");
        dossierLog.vastleggen(medewerker, zaak.gemeenteCode(), List.of(p.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG);
        zaken.berichtAanHuishouden(zaakId, p.persoonBsn(), "Uw hulpvraag staat zonder naam op de marktplaats voor aanbieders: " + product.omschrijving()
                + ". Aanbieders kunnen bieden tot " + nl.dichtbij.platform.Formaat.tijdstip(p.sluitOp()) + ". Daarna kiezen wij samen met u.");
        return lees(id).orElseThrow();
    }

    /** The requests of a case, the newest first. */
    @Transactional(readOnly = true)
    public List<Overzicht> vanZaak(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaakMetPlan(medewerker, zaakId);
        List<Marktverzoek> lijst = jdbc.sql(VELDEN + " where id in (select verzoek_id from marktverzoek_zaak where gemeente_code = ? and zaak_id = ?) "
                        + "order by gepubliceerd_op desc, id desc limit " + HOOGSTENS)
                .params(zaak.gemeenteCode(), zaakId).query(Marktplaats::verzoek).list();
        return overzichten(lijst);
    }

    /** One request for the case team: the anonymised request with who it is about. */
    @Transactional(readOnly = true)
    public Marktverzoek voorTeam(Gebruiker medewerker, long id) {
        Koppeling k = koppelingVoorTeam(medewerker, id);
        dossierLog.vastleggen(medewerker, k.gemeenteCode(), List.of(k.persoonBsn()), Dossierdeel.PLAN, Handeling.INZIEN, GRONDSLAG);
        return lees(id).orElseThrow();
    }

    public Koppeling koppelingVoorTeam(Gebruiker medewerker, long id) {
        if (!medewerker.isMedewerker()) {
            throw new NietGevondenException("Het verzoek");
        }
        Koppeling k = koppeling(id).filter(x -> x.gemeenteCode().equals(medewerker.gemeenteCode()))
                .orElseThrow(() -> new NietGevondenException("Het verzoek"));
        zaakMetPlan(medewerker, k.zaakId());
        return k;
    }

    public Overzicht overzicht(Marktverzoek v) {
        return overzichten(List.of(v)).getFirst();
    }

    /**
     * The bids of a request, for the case team or beleid: only after the deadline. Before it the attempt is refused with
     * {@link BiedingenVerzegeld}, appended to the request's history and written to the Logboek.
     */
    @Transactional(readOnly = true)
    public List<Bod> biedingen(Gebruiker wie, long id) {
        Marktverzoek v;
        Koppeling k = koppeling(id).orElseThrow(() -> new NietGevondenException("Het verzoek"));
        if (wie.is(Rol.BELEID) && wie.gemeenteCode().equals(k.gemeenteCode())) {
            v = lees(id).orElseThrow();
        } else {
            v = voorTeam(wie, id);
        }
        Fase fase = overzicht(v).fase();
        String fout = Marktregels.magBiedingenLezen(fase, v.sluitOp());
        if (fout != null) {
            weiger(wie, v, k, "Biedingen lezen geweigerd", fout);
            throw new BiedingenVerzegeld(fout);
        }
        return jdbc.sql(BOD + " where verzoek_id = ? order by prijs_centen, id").param(id).query(Marktplaats::bod).list();
    }

    /** The municipality answers a provider's question; every bidder sees the answer, nobody sees who asked. */
    @Transactional
    public void beantwoorden(Gebruiker medewerker, long id, long vraagId, String antwoord) {
        Marktverzoek v = voorTeam(medewerker, id);
        if (overzicht(v).fase() != Fase.OPEN) {
            throw new OngeldigeInvoerException("antwoord", "Het bieden is gesloten. Een antwoord helpt de aanbieders nu niet meer.");
        }
        if (antwoord == null || antwoord.isBlank() || antwoord.length() > 2000) {
            throw new OngeldigeInvoerException("antwoord", "Schrijf een antwoord van hoogstens 2000 tekens.");
        }
        Koppeling k = koppeling(id).orElseThrow();
        Zaak zaak = zaken.voorMedewerker(medewerker, k.zaakId());
        List<String> gevonden = Marktregels.persoonsgegevensIn(antwoord, kenmerken(zaak));
        if (!gevonden.isEmpty()) {
            throw new OngeldigeInvoerException("antwoord", "Haal " + Marktregels.opsomming(gevonden) + " van de inwoner weg. Alle aanbieders lezen het antwoord.");
        }
        int bijgewerkt = jdbc.sql("update marktvraag set antwoord = ?, beantwoord_door = ?, beantwoord_op = ? where id = ? and verzoek_id = ? and antwoord is null")
                .params(antwoord.strip(), medewerker.gebruikersnaam(), Timestamp.from(clock.instant()), vraagId, id).update();
        if (bijgewerkt == 0) {
            throw new OngeldigeInvoerException("antwoord", "Deze vraag is al beantwoord. Een antwoord wijzigt niet.");
        }
        stap(id, medewerker, "Vraag beantwoord", null);
        dossierLog.vastleggen(medewerker, k.gemeenteCode(), List.of(k.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG);
    }

    /** The regisseur puts one bid to the resident, with his reasons. */
    @Transactional
    public void voorstellen(Gebruiker medewerker, long id, Long bodId, String motivering) {
        Marktverzoek v = voorTeam(medewerker, id);
        Koppeling k = koppeling(id).orElseThrow();
        Fase fase = overzicht(v).fase();
        boolean vanDitVerzoek = bodId != null && bod(bodId).filter(b -> b.verzoekId() == id).isPresent();
        Map<String, String> fouten = Marktregels.voorstellen(fase, v.inwonerOordeel(), vanDitVerzoek, motivering);
        if (!fouten.isEmpty()) {
            if (fase == Fase.OPEN) {
                weiger(medewerker, v, k, "Kiezen voor de sluiting geweigerd", fouten.get("bodId"));
            }
            throw new OngeldigeInvoerException(fouten);
        }
        wijzig(v, "status = 'VOORGESTELD', voorgesteld_bod_id = ?, voorstel_motivering = ?, inwoner_oordeel = null, inwoner_toelichting = null, "
                + "inwoner_oordeel_op = null", bodId, motivering.strip());
        Bod bod = bod(bodId).orElseThrow();
        stap(id, medewerker, "Bod voorgelegd aan de inwoner", bod.aanbiederNaam() + ", " + bod.prijs() + ". " + motivering.strip());
        dossierLog.vastleggen(medewerker, k.gemeenteCode(), List.of(k.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG);
        zaken.berichtAanHuishouden(k.zaakId(), k.persoonBsn(), "Wij hebben een aanbieder gekozen voor uw hulpvraag op de marktplaats: " + bod.aanbiederNaam()
                + ". Wilt u laten weten of u het ermee eens bent? Dat doet u onder Mijn Dichtbij, Marktplaats.");
    }

    /** The award: an ordinary decision (aanvraag and beschikking through the module besluit) for the chosen provider. */
    @Transactional
    public Beschikking gunnen(Gebruiker medewerker, long id, String motivering) {
        Marktverzoek v = voorTeam(medewerker, id);
        Koppeling k = koppeling(id).orElseThrow();
        Map<String, String> fouten = Marktregels.gunnen(v.status(), v.inwonerOordeel(), motivering);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Bod bod = bod(v.voorgesteldBodId()).orElseThrow();
        LocalDate start = v.gewensteStart();
        Bekostigingsvorm vorm = contracten.afspraak(k.gemeenteCode(), bod.aanbiederAgb(), v.wet(), v.productcode(), start)
                .map(Contracten.Afspraak::bekostigingsvorm).orElse(Bekostigingsvorm.INSPANNING);
        String oordeel = "De inwoner: " + v.inwonerOordeel().label().toLowerCase()
                + (v.inwonerToelichting() == null ? "." : " (" + v.inwonerToelichting() + ").");
        String volledig = "Gegund via de marktplaats (verzoek " + id + ", " + bod.aanbiederNaam() + ", " + bod.prijs() + " per jaar). "
                + motivering.strip() + " " + oordeel;
        var aanvraag = besluiten.aanvragen(medewerker, k.zaakId(), k.persoonBsn(), v.wet(), v.soort() + " (marktplaats, verzoek " + id + ")");
        BeslisVerzoek verzoek = switch (vorm) {
            case TAAK -> new BeslisVerzoek(Uitkomst.TOEKENNING, afgekapt(v.doelen()), volledig, v.productcode(), null, null, null,
                    BigDecimal.valueOf(bod.prijsCenten(), 2), start, start.plusYears(1).minusDays(1), Leveringsvorm.ZIN, bod.aanbiederId(), null);
            case OUTPUT -> new BeslisVerzoek(Uitkomst.TOEKENNING, afgekapt(v.doelen()), volledig, v.productcode(), 1, "82", "4", null,
                    start, start.plusYears(1).minusDays(1), Leveringsvorm.ZIN, bod.aanbiederId(), null);
            case INSPANNING -> new BeslisVerzoek(Uitkomst.TOEKENNING, afgekapt(v.doelen()), volledig, v.productcode(), bod.urenPerWeek(), "04", "2", null,
                    start, start.plusYears(1).minusDays(1), Leveringsvorm.ZIN, bod.aanbiederId(), null);
        };
        Beschikking beschikking = besluiten.beslissen(medewerker, aanvraag.id(), verzoek);
        Instant nu = clock.instant();
        wijzig(v, "status = 'GEGUND', gegund_bod_id = ?, motivering = ?, beschikking_id = ?, afgerond_op = ?", bod.id(), motivering.strip(),
                beschikking.id(), Timestamp.from(nu));
        stap(id, medewerker, "Gegund", bod.aanbiederNaam() + ", " + bod.prijs() + ". " + motivering.strip() + " " + oordeel + " Besluit " + beschikking.id() + ".");
        dossierLog.vastleggen(medewerker, k.gemeenteCode(), List.of(k.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.WIJZIGEN, GRONDSLAG);
        return beschikking;
    }

    /** Nobody bid: the regisseur chooses a contracted provider from the catalogue or escalates, and says why. */
    @Transactional
    public void terugval(Gebruiker medewerker, long id, Terugval keuze, Long aanbiederId, String motivering) {
        Marktverzoek v = voorTeam(medewerker, id);
        Koppeling k = koppeling(id).orElseThrow();
        Fase fase = overzicht(v).fase();
        Optional<Aanbieder> aanbieder = aanbiederId == null ? Optional.empty()
                : gecontracteerd(v, LocalDate.now(clock)).stream().filter(a -> a.id() == aanbiederId).findFirst();
        Map<String, String> fouten = Marktregels.terugval(fase, keuze, aanbieder.isPresent(), motivering);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        wijzig(v, "status = 'TERUGVAL', terugval = ?, terugval_aanbieder_id = ?, motivering = ?, afgerond_op = ?", keuze.name(),
                keuze == Terugval.UIT_CATALOGUS ? aanbiederId : null, motivering.strip(), Timestamp.from(clock.instant()));
        stap(id, medewerker, "Terugval: " + keuze.label().toLowerCase(), (keuze == Terugval.UIT_CATALOGUS ? aanbieder.get().naam() + ". " : "")
                + motivering.strip());
        dossierLog.vastleggen(medewerker, k.gemeenteCode(), List.of(k.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG);
    }

    /** The providers with a running contract for the request's product: the fallback's catalogue. */
    public List<Aanbieder> gecontracteerd(Marktverzoek v, LocalDate dag) {
        return aanbod.product(v.gemeenteCode(), v.productcode()).map(p -> aanbod.aanbiedersVoor(p, dag)).orElse(List.of());
    }

    /** The questions of a request with their answers, for the team (who asked is never shown). */
    @Transactional(readOnly = true)
    public List<Marktvraag> vragen(long verzoekId) {
        return jdbc.sql("select id, verzoek_id, vraag, gesteld_op, antwoord, beantwoord_op from marktvraag where verzoek_id = ? order by gesteld_op, id")
                .param(verzoekId).query(Marktplaats::vraag).list();
    }

    /** The request's history, oldest first: for the team and for beleid's audit. */
    @Transactional(readOnly = true)
    public List<Marktstap> stappen(long verzoekId) {
        return jdbc.sql("select id, verzoek_id, tijdstip, wie, rol, wat, toelichting from marktstap where verzoek_id = ? order by id")
                .param(verzoekId).query((rs, i) -> new Marktstap(rs.getLong("id"), rs.getLong("verzoek_id"), tijd(rs, "tijdstip"), rs.getString("wie"),
                        rs.getString("rol"), rs.getString("wat"), rs.getString("toelichting"))).list();
    }

    public Optional<Bod> bodVan(long bodId) {
        return bod(bodId);
    }

    // ------------------------------------------------------------------ the provider

    /** The requests open to this provider's organisation (a contract for the product), and those it bid on; the open ones first. */
    @Transactional(readOnly = true)
    public List<Overzicht> voorAanbieder(Gebruiker aanbieder) {
        if (!isAanbieder(aanbieder)) {
            return List.of();
        }
        Instant nu = clock.instant();
        List<Marktverzoek> open = jdbc.sql(VELDEN + " where status = 'GEPUBLICEERD' and sluit_op > ? order by sluit_op, id limit 500")
                .param(Timestamp.from(nu)).query(Marktplaats::verzoek).list();
        Map<String, Boolean> gekwalificeerd = new HashMap<>();
        List<Marktverzoek> zichtbaar = new ArrayList<>(open.stream().filter(v -> gekwalificeerd.computeIfAbsent(v.gemeenteCode() + "|" + v.wet() + "|" + v.productcode(),
                x -> gekwalificeerd(aanbieder, v))).limit(HOOGSTENS).toList());
        List<Marktverzoek> geboden = jdbc.sql(VELDEN + " where id in (select verzoek_id from marktbod where aanbieder_agb = ?) order by sluit_op desc, id desc limit "
                + HOOGSTENS).param(aanbieder.organisatie()).query(Marktplaats::verzoek).list();
        geboden.stream().filter(g -> zichtbaar.stream().noneMatch(z -> z.id() == g.id())).forEach(zichtbaar::add);
        return overzichten(zichtbaar);
    }

    /** One request for a provider: only when its organisation is qualified or bid on it; nothing of the resident is in it. */
    @Transactional(readOnly = true)
    public Aanbiederinzage inzage(Gebruiker aanbieder, long id) {
        Marktverzoek v = voorAanbiederZichtbaar(aanbieder, id);
        Bod eigen = eigenBod(aanbieder, id).orElse(null);
        boolean gegund = v.status() == Verzoekstatus.GEGUND && eigen != null && v.gegundBodId() != null && v.gegundBodId() == eigen.id();
        return new Aanbiederinzage(v, overzicht(v).fase(), vragen(id), eigen, gegund);
    }

    /** A provider asks a question; the answer goes to all bidders. */
    @Transactional
    public void vragen(Gebruiker aanbieder, long id, String vraag) {
        Marktverzoek v = lees(id).filter(x -> isAanbieder(aanbieder)).orElseThrow(() -> new NietGevondenException("Het verzoek"));
        Koppeling k = koppeling(id).orElseThrow();
        String fout = Marktregels.magVragen(overzicht(v).fase(), gekwalificeerd(aanbieder, v), vraag);
        if (fout != null) {
            if (!gekwalificeerd(aanbieder, v) || overzicht(v).fase() != Fase.OPEN) {
                weiger(aanbieder, v, k, "Vraag geweigerd", fout);
            }
            throw new OngeldigeInvoerException("vraag", fout);
        }
        jdbc.sql("insert into marktvraag (verzoek_id, vraag, gesteld_door_agb, gesteld_op) values (?, ?, ?, ?)")
                .params(id, vraag.strip(), aanbieder.organisatie(), Timestamp.from(clock.instant())).update();
        stap(id, aanbieder, "Vraag gesteld", null);
    }

    /** A provider's one sealed bid; refused (and logged) after the deadline, without a contract for the product, or a second time. */
    @Transactional
    public Bod bieden(Gebruiker aanbieder, long id, String plan, Long prijsCenten, Integer urenPerWeek) {
        Marktverzoek v = lees(id).filter(x -> isAanbieder(aanbieder)).orElseThrow(() -> new NietGevondenException("Het verzoek"));
        Koppeling k = koppeling(id).orElseThrow();
        boolean gekwalificeerd = gekwalificeerd(aanbieder, v);
        boolean alGeboden = eigenBod(aanbieder, id).isPresent();
        Map<String, String> fouten = Marktregels.bieden(overzicht(v).fase(), gekwalificeerd, alGeboden, plan, prijsCenten, urenPerWeek);
        if (!fouten.isEmpty()) {
            if (fouten.containsKey("bod")) {
                weiger(aanbieder, v, k, "Bod geweigerd", fouten.get("bod"));
            }
            throw new OngeldigeInvoerException(fouten);
        }
        Aanbieder organisatie = aanbod.aanbiederMetAgb(aanbieder.organisatie()).orElseThrow();
        try {
            jdbc.sql("""
                            insert into marktbod (verzoek_id, aanbieder_id, aanbieder_agb, aanbieder_naam, plan, prijs_centen, uren_per_week, ingediend_door, ingediend_op)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, organisatie.id(), organisatie.agbCode(), organisatie.naam(), plan.strip(), prijsCenten, urenPerWeek, aanbieder.gebruikersnaam(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            String fout = "Uw organisatie heeft al geboden. Elke aanbieder biedt één keer; een bod wijzigt niet.";
            weiger(aanbieder, v, k, "Bod geweigerd", fout);
            throw new OngeldigeInvoerException("bod", fout);
        }
        stap(id, aanbieder, "Bod ontvangen (verzegeld)", organisatie.naam());
        dossierLog.vastleggen(aanbieder, k.gemeenteCode(), List.of(k.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG);
        return eigenBod(aanbieder, id).orElseThrow();
    }

    /** Whether the provider's organisation has a contract for the request's product in its municipality today. */
    public boolean gekwalificeerd(Gebruiker aanbieder, Marktverzoek v) {
        return isAanbieder(aanbieder) && contracten.afspraak(v.gemeenteCode(), aanbieder.organisatie(), v.wet(), v.productcode(), LocalDate.now(clock)).isPresent();
    }

    private Marktverzoek voorAanbiederZichtbaar(Gebruiker aanbieder, long id) {
        Marktverzoek v = lees(id).filter(x -> isAanbieder(aanbieder)).orElseThrow(() -> new NietGevondenException("Het verzoek"));
        if (!gekwalificeerd(aanbieder, v) && eigenBod(aanbieder, id).isEmpty()) {
            throw new NietGevondenException("Het verzoek");
        }
        return v;
    }

    private Optional<Bod> eigenBod(Gebruiker aanbieder, long id) {
        return jdbc.sql(BOD + " where verzoek_id = ? and aanbieder_agb = ?").params(id, aanbieder.organisatie()).query(Marktplaats::bod).optional();
    }

    private static boolean isAanbieder(Gebruiker g) {
        return g.is(Rol.AANBIEDER) && g.organisatie() != null && !g.organisatie().isBlank();
    }

    // ------------------------------------------------------------------ the resident

    /** The requests about this resident (or whom he acts for), with the proposed or awarded bid. */
    @Transactional(readOnly = true)
    public List<Inwonerinzage> vanInwoner(Gebruiker inwoner) {
        alleenInwoner(inwoner);
        List<Marktverzoek> lijst = jdbc.sql(VELDEN + " where id in (select verzoek_id from marktverzoek_zaak where gemeente_code = ? and persoon_bsn = ?) "
                + "order by gepubliceerd_op desc, id desc limit " + HOOGSTENS).params(inwoner.gemeenteCode(), inwoner.bsn()).query(Marktplaats::verzoek).list();
        dossierLog.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.PLAN, Handeling.INZIEN);
        return overzichten(lijst).stream().map(o -> new Inwonerinzage(o.verzoek(), o.fase(),
                o.verzoek().voorgesteldBodId() == null ? null : bod(o.verzoek().voorgesteldBodId()).orElse(null))).toList();
    }

    /** The resident's say on the proposed bid: agreed, or not with a note. */
    @Transactional
    public void oordelen(Gebruiker inwoner, long id, Oordeel oordeel, String toelichting) {
        alleenInwoner(inwoner);
        if (inwoner.handeltNamensIemand() && inwoner.door().alleenInzien()) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen meekijken");
        }
        Koppeling k = koppeling(id).filter(x -> x.gemeenteCode().equals(inwoner.gemeenteCode()) && x.persoonBsn().equals(inwoner.bsn()))
                .orElseThrow(() -> new NietGevondenException("Het verzoek"));
        Marktverzoek v = lees(id).orElseThrow();
        Map<String, String> fouten = Marktregels.oordelen(v.status(), v.inwonerOordeel(), oordeel, toelichting);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String noot = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        wijzig(v, "inwoner_oordeel = ?, inwoner_toelichting = ?, inwoner_oordeel_op = ?", oordeel.name(), noot, Timestamp.from(clock.instant()));
        stap(id, inwoner, "Oordeel van de inwoner: " + oordeel.label().toLowerCase(), noot);
        dossierLog.inwoner(inwoner, List.of(k.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN);
    }

    private static void alleenInwoner(Gebruiker gebruiker) {
        if (!gebruiker.is(Rol.INWONER) || gebruiker.bsn() == null) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen de inwoner zelf");
        }
    }

    // ------------------------------------------------------------------ beleid

    /** Every request of beleid's municipality, the newest first, a page at a time. */
    @Transactional(readOnly = true)
    public nl.dichtbij.platform.Pagina<Overzicht> voorBeleid(Gebruiker beleid, int pagina, int grootte) {
        alleenBeleid(beleid);
        int g = nl.dichtbij.platform.Pagina.begrens(grootte);
        long totaal = jdbc.sql("select count(*) from marktverzoek where gemeente_code = ?").param(beleid.gemeenteCode()).query(Long.class).single();
        List<Marktverzoek> lijst = jdbc.sql(VELDEN + " where gemeente_code = ? order by gepubliceerd_op desc, id desc limit ? offset ?")
                .params(beleid.gemeenteCode(), g, (long) Math.max(0, pagina) * g).query(Marktplaats::verzoek).list();
        return new nl.dichtbij.platform.Pagina<>(overzichten(lijst), Math.max(0, pagina), g, totaal);
    }

    @Transactional(readOnly = true)
    public Marktverzoek voorBeleid(Gebruiker beleid, long id) {
        alleenBeleid(beleid);
        return lees(id).filter(v -> v.gemeenteCode().equals(beleid.gemeenteCode())).orElseThrow(() -> new NietGevondenException("Het verzoek"));
    }

    static void alleenBeleid(Gebruiker g) {
        if (!g.is(Rol.BELEID)) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen beleid");
        }
    }

    // ------------------------------------------------------------------ shared

    private Zaak zaakMetPlan(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        if (!dossiertoegang.vanMedewerker(medewerker, zaak.gemeenteCode(), zaak.huishoudenId()).mag(Dossierdeel.PLAN)) {
            throw new NietGevondenException("De zaak");
        }
        return zaak;
    }

    private Marktregels.Kenmerken kenmerken(Zaak zaak) {
        List<Persoon> leden = register.leden(zaak.gemeenteCode(), zaak.huishoudenId());
        Adres adres = register.adres(zaak.gemeenteCode(), zaak.huishoudenId()).orElse(null);
        List<String> namen = new ArrayList<>();
        leden.forEach(p -> {
            namen.add(p.voornaam());
            namen.add(p.achternaam());
        });
        return new Marktregels.Kenmerken(namen, leden.stream().map(Persoon::bsn).toList(), adres == null ? null : adres.straat(),
                adres == null ? null : adres.huisnummer(), adres == null ? null : adres.postcode(), leden.stream().map(Persoon::geboortedatum).toList());
    }

    private List<Overzicht> overzichten(List<Marktverzoek> lijst) {
        if (lijst.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> aantallen = new HashMap<>();
        jdbc.sql("select verzoek_id, count(*) from marktbod where verzoek_id in (:ids) group by verzoek_id")
                .param("ids", lijst.stream().map(Marktverzoek::id).toList())
                .query((rs, i) -> aantallen.put(rs.getLong(1), rs.getInt(2))).list();
        Instant nu = clock.instant();
        return lijst.stream().map(v -> {
            int n = aantallen.getOrDefault(v.id(), 0);
            Fase fase = Marktregels.fase(v.status(), v.sluitOp(), n, nu);
            return new Overzicht(v, fase, fase == Fase.OPEN ? null : n);
        }).toList();
    }

    private void stap(long verzoekId, Gebruiker wie, String wat, String toelichting) {
        jdbc.sql("insert into marktstap (verzoek_id, tijdstip, wie, rol, wat, toelichting) values (?, ?, ?, ?, ?, ?)")
                .params(verzoekId, Timestamp.from(clock.instant()), wie.rol() == Rol.AANBIEDER ? wie.organisatie() + " (" + wie.actorNaam() + ")" : wie.actorNaam(),
                        wie.rol().name(), wat, toelichting == null ? null : toelichting.length() > 2000 ? toelichting.substring(0, 2000) : toelichting)
                .update();
    }

    /** A refused attempt: appended to the history and written to the Logboek in a transaction of its own, so the refusal does not undo it. */
    private void weiger(Gebruiker wie, Marktverzoek v, Koppeling k, String wat, String reden) {
        apart.executeWithoutResult(t -> stap(v.id(), wie, wat, reden));
        dossierLog.vastleggen(wie, k.gemeenteCode(), List.of(k.persoonBsn()), Dossierdeel.PLAN, Handeling.GEWEIGERD, "Marktplaats: " + wat.toLowerCase() + ". " + reden);
    }

    private void wijzig(Marktverzoek v, String zet, Object... waarden) {
        Object[] alle = java.util.Arrays.copyOf(waarden, waarden.length + 2);
        alle[waarden.length] = v.id();
        alle[waarden.length + 1] = v.version();
        int bijgewerkt = jdbc.sql("update marktverzoek set " + zet + ", version = version + 1 where id = ? and version = ?").params(alle).update();
        if (bijgewerkt == 0) {
            throw new OngeldigeInvoerException("status", "Iemand anders heeft dit verzoek net gewijzigd. Open het opnieuw.");
        }
    }

    private Optional<Koppeling> koppeling(long id) {
        return jdbc.sql("select verzoek_id, gemeente_code, zaak_id, persoon_bsn from marktverzoek_zaak where verzoek_id = ?").param(id)
                .query((rs, i) -> new Koppeling(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).optional();
    }

    private Optional<Marktverzoek> lees(long id) {
        return jdbc.sql(VELDEN + " where id = ?").param(id).query(Marktplaats::verzoek).optional();
    }

    private Optional<Bod> bod(long id) {
        return jdbc.sql(BOD + " where id = ?").param(id).query(Marktplaats::bod).optional();
    }

    private static String afgekapt(String tekst) {
        return tekst.length() <= 1000 ? tekst : tekst.substring(0, 997) + "...";
    }

    private static Marktverzoek verzoek(ResultSet rs, int i) throws SQLException {
        return new Marktverzoek(rs.getLong("id"), rs.getString("gemeente_code"), Wet.valueOf(rs.getString("wet")), rs.getString("productcode"),
                rs.getString("soort"), rs.getString("leeftijdsband"), rs.getString("huishouden"), rs.getString("levensgebieden"), rs.getString("zrm_profiel"),
                rs.getString("doelen"), rs.getString("situatie"), rs.getObject("gewenste_start", LocalDate.class), tijd(rs, "sluit_op"),
                Toestemmingswijze.valueOf(rs.getString("toestemming_wijze")), rs.getObject("toestemming_op", LocalDate.class),
                Verzoekstatus.valueOf(rs.getString("status")), rs.getString("gepubliceerd_door"), tijd(rs, "gepubliceerd_op"), lang(rs, "voorgesteld_bod_id"),
                rs.getString("voorstel_motivering"), rs.getString("inwoner_oordeel") == null ? null : Oordeel.valueOf(rs.getString("inwoner_oordeel")),
                rs.getString("inwoner_toelichting"), tijd(rs, "inwoner_oordeel_op"), lang(rs, "gegund_bod_id"),
                rs.getString("terugval") == null ? null : Terugval.valueOf(rs.getString("terugval")), lang(rs, "terugval_aanbieder_id"),
                rs.getString("motivering"), lang(rs, "beschikking_id"), tijd(rs, "afgerond_op"), rs.getLong("version"));
    }

    private static Bod bod(ResultSet rs, int i) throws SQLException {
        return new Bod(rs.getLong("id"), rs.getLong("verzoek_id"), rs.getLong("aanbieder_id"), rs.getString("aanbieder_agb"), rs.getString("aanbieder_naam"),
                rs.getString("plan"), rs.getLong("prijs_centen"), rs.getInt("uren_per_week"), rs.getString("ingediend_door"), tijd(rs, "ingediend_op"));
    }

    private static Marktvraag vraag(ResultSet rs, int i) throws SQLException {
        return new Marktvraag(rs.getLong("id"), rs.getLong("verzoek_id"), rs.getString("vraag"), tijd(rs, "gesteld_op"), rs.getString("antwoord"),
                tijd(rs, "beantwoord_op"));
    }

    private static Long lang(ResultSet rs, String kolom) throws SQLException {
        long waarde = rs.getLong(kolom);
        return rs.wasNull() ? null : waarde;
    }

    private static Instant tijd(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    static Duration doorlooptijd(Marktverzoek v) {
        return v.afgerondOp() == null ? null : Duration.between(v.gepubliceerdOp(), v.afgerondOp());
    }
}
