package nl.dichtbij.besluit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.dossier.Vertegenwoordigingen;
import nl.dichtbij.aanbod.Product;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.termijnen.Bezwaartermijnen;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** From aanvraag to beschikking, with mandate, four eyes, the letter and the history of changes. */
@Service
public class Besluiten {

    /** Eight weeks before a decision ends the regisseur prepares the herindicatie. */
    public static final int HERINDICATIE_WEKEN = 8;

    static final String AANVRAAG = "select id, gemeente_code, zaak_id, team_id, persoon_bsn, wet, omschrijving, ingediend_door, ontvangen_datum, "
            + "termijn_einde, verdaagd_tot, verdaging_reden, besloten, versie from aanvraag ";
    static final String BESCHIKKING = "select id, gemeente_code, aanvraag_id, zaak_id, persoon_bsn, wet, uitkomst, resultaat, motivering, productcode, "
            + "product_omschrijving, productcategorie, volume, eenheid, frequentie, budget, ingangsdatum, einddatum, vorm, aanbieder_id, "
            + "aanbieder_naam, pgb_bedrag, status, genomen_door, genomen_door_naam, genomen_op, tweede_door, tweede_door_naam, verzonden_datum, "
            + "bezwaar_tot, eerste_einddatum, versie from beschikking ";

    private final JdbcClient jdbc;
    private final AanvraagRepository aanvragen;
    private final BeschikkingRepository beschikkingen;
    private final Zaken zaken;
    private final Mandaten mandaten;
    private final Aanbod aanbod;
    private final nl.dichtbij.aanbod.Contracten contracten;
    private final PersonenRegister register;
    private final BriefRenderer brieven;
    private final Clock clock;
    private final BigDecimal vierOgenBedrag;

    private final Dossiertoegang dossiertoegang;
    private final Vertegenwoordigingen vertegenwoordigingen;
    private final DossierLog dossierLog;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<Uitvoering> uitvoering;

    Besluiten(JdbcClient jdbc, AanvraagRepository aanvragen, BeschikkingRepository beschikkingen, Zaken zaken, Mandaten mandaten, Aanbod aanbod,
              nl.dichtbij.aanbod.Contracten contracten, PersonenRegister register, BriefRenderer brieven, Clock clock,
              @Value("${dichtbij.besluit.vier-ogen-bedrag:10000}") BigDecimal vierOgenBedrag, Dossiertoegang dossiertoegang,
              Vertegenwoordigingen vertegenwoordigingen, DossierLog dossierLog, ApplicationEventPublisher events,
              org.springframework.beans.factory.ObjectProvider<Uitvoering> uitvoering) {
        this.events = events;
        this.uitvoering = uitvoering;
        this.dossiertoegang = dossiertoegang;
        this.vertegenwoordigingen = vertegenwoordigingen;
        this.dossierLog = dossierLog;
        this.jdbc = jdbc;
        this.aanvragen = aanvragen;
        this.beschikkingen = beschikkingen;
        this.zaken = zaken;
        this.mandaten = mandaten;
        this.aanbod = aanbod;
        this.contracten = contracten;
        this.register = register;
        this.brieven = brieven;
        this.clock = clock;
        this.vierOgenBedrag = vierOgenBedrag;
    }

    public BigDecimal vierOgenBedrag() {
        return vierOgenBedrag;
    }

    /** An aanvraag for a member of the case's household; the legal term starts today. */
    @Transactional
    public Aanvraag aanvragen(Gebruiker medewerker, long zaakId, String persoonBsn, Wet wet, String omschrijving) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (wet == null) {
            fouten.put("wet", "Kies onder welke wet de aanvraag valt.");
        }
        Optional<Persoon> persoon = persoonBsn == null ? Optional.empty() : register.persoon(zaak.gemeenteCode(), persoonBsn)
                .filter(p -> p.huishoudenId() == zaak.huishoudenId());
        if (persoon.isEmpty()) {
            fouten.put("persoonBsn", "Kies voor wie in het huishouden de aanvraag is.");
        }
        if (omschrijving == null || omschrijving.isBlank()) {
            fouten.put("omschrijving", "Beschrijf wat er wordt aangevraagd.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Aanvraag aanvraag = aanvragen.save(Aanvraag.indienen(zaak.gemeenteCode(), zaakId, zaak.leadTeamId(), persoonBsn, wet, omschrijving,
                medewerker.gebruikersnaam(), LocalDate.now(clock)));
        zaken.berichtAanHuishouden(zaakId, persoonBsn, "Er is een aanvraag gedaan (" + wet.label() + "): " + zin(aanvraag.omschrijving()) + " "
                + Aanvraag.termijn(wet).uitleg() + " Uiterlijk " + Formaat.lang(aanvraag.uiterlijk()) + ".");
        events.publishEvent(aanvraag.ingediend());
        return aanvraag;
    }

    public Aanvraag aanvraag(Gebruiker medewerker, long id) {
        alleenMedewerker(medewerker);
        Aanvraag aanvraag = jdbc.sql(AANVRAAG + "where id = ? and gemeente_code = ?").params(id, medewerker.gemeenteCode()).query(Aanvraag.class)
                .optional().orElseThrow(() -> new NietGevondenException("De aanvraag"));
        dossiertoegang.medewerker(medewerker, medewerker.gemeenteCode(), zaken.huishoudenVan(medewerker, aanvraag.zaakId()),
                List.of(aanvraag.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.INZIEN);
        return aanvraag;
    }

    public List<Aanvraag> aanvragenVanZaak(Gebruiker medewerker, long zaakId) {
        zaken.voorMedewerker(medewerker, zaakId);
        return jdbc.sql(AANVRAAG + "where zaak_id = ? order by id desc").param(zaakId).query(Aanvraag.class).list();
    }

    /** Verdaging (Awb 4:14): a reason, a number of weeks, and a notice to the household. */
    @Transactional
    public Aanvraag verdagen(Gebruiker medewerker, long aanvraagId, int weken, String reden) {
        Aanvraag verdaagd = bewaar(aanvraag(medewerker, aanvraagId).verdagen(weken, reden));
        zaken.berichtAanHuishouden(verdaagd.zaakId(), verdaagd.persoonBsn(), "Wij hebben meer tijd nodig voor het besluit over uw aanvraag: "
                + verdaagd.verdagingReden() + " U krijgt uiterlijk " + Formaat.lang(verdaagd.verdaagdTot()) + " een besluit.");
        return verdaagd;
    }

    /** Decides on the aanvraag. Above the four-eyes amount the decision waits for a second professional with mandate. */
    @Transactional
    public Beschikking beslissen(Gebruiker medewerker, long aanvraagId, BeslisVerzoek verzoek) {
        Aanvraag aanvraag = aanvraag(medewerker, aanvraagId);
        if (!mandaten.heeftMandaat(medewerker, aanvraag.wet())) {
            throw new OngeldigeInvoerException("uitkomst", "U heeft geen mandaat om te besluiten over de " + aanvraag.wet().label()
                    + ". Vraag een collega met mandaat.");
        }
        Aanvraag besloten = aanvraag.besluiten();
        Beslisregels.Controle controle = controleer(aanvraag, verzoek);
        // the aanvraag's version is the guard: of two submits at once, the second finds it changed and is refused
        bewaar(besloten, "Op deze aanvraag is intussen al besloten. Vernieuw de pagina.");
        BeschikkingStatus status = Beslisregels.status(verzoek, vierOgenBedrag);
        Beschikking beschikking = beschikkingen.save(Beschikking.nemen(aanvraag, verzoek, controle, status, medewerker.gebruikersnaam(),
                medewerker.naam(), clock.instant()));
        historie(beschikking.id(), medewerker, "Besluit genomen", verzoek.uitkomst().label());
        if (status == BeschikkingStatus.VASTGESTELD) {
            verzenden(beschikking);
        } else {
            historie(beschikking.id(), medewerker, "Wacht op tweede handtekening", "Bedrag boven " + nl.dichtbij.platform.Bedrag.tekst(vierOgenBedrag));
        }
        return beschikking(medewerker, beschikking.id());
    }

    /** The second signature for a decision above the four-eyes amount. */
    @Transactional
    public Beschikking goedkeuren(Gebruiker tweede, long beschikkingId) {
        Beschikking beschikking = beschikking(tweede, beschikkingId);
        Beschikking getekend = beschikking.tweedeHandtekening(tweede.gebruikersnaam(), tweede.naam());
        if (!mandaten.heeftMandaat(tweede, beschikking.wet())) {
            throw new OngeldigeInvoerException("status", "U heeft geen mandaat voor de " + beschikking.wet().label() + ".");
        }
        getekend = bewaar(getekend, "Dit besluit heeft intussen al een tweede handtekening. Vernieuw de pagina.");
        historie(beschikkingId, tweede, "Tweede handtekening", null);
        verzenden(getekend);
        return beschikking(tweede, beschikkingId);
    }

    private void verzenden(Beschikking vastgesteld) {
        Beschikking beschikking = beschikkingen.save(vastgesteld.verzenden(LocalDate.now(clock)));
        jdbc.sql("update beschikking set brief = ? where id = ?").params(brief(beschikking), beschikking.id()).update();
        zaken.berichtAanHuishouden(beschikking.zaakId(), beschikking.persoonBsn(), "Er is een besluit over uw aanvraag: " + beschikking.uitkomst().label().toLowerCase()
                + ". U leest de brief onder Mijn besluiten. Bent u het er niet mee eens? Maak dan uiterlijk "
                + Formaat.lang(beschikking.bezwaarTot()) + " bezwaar.");
        events.publishEvent(new BeschikkingVastgesteld(beschikking));
    }

    private Aanvraag bewaar(Aanvraag aanvraag) {
        return bewaar(aanvraag, "Iemand anders heeft deze aanvraag intussen gewijzigd. Vernieuw de pagina.");
    }

    private Aanvraag bewaar(Aanvraag aanvraag, String alsIntussenGewijzigd) {
        try {
            return aanvragen.save(aanvraag);
        } catch (OptimisticLockingFailureException e) {
            throw new OngeldigeInvoerException(aanvraag.besloten() ? "uitkomst" : "weken", alsIntussenGewijzigd);
        }
    }

    private Beschikking bewaar(Beschikking beschikking, String alsIntussenGewijzigd) {
        try {
            return beschikkingen.save(beschikking);
        } catch (OptimisticLockingFailureException e) {
            throw new OngeldigeInvoerException("status", alsIntussenGewijzigd);
        }
    }

    /**
     * The letter as it will go out, for the second signer to read before he signs: dated today, marked as a concept.
     * Only for a decision waiting for its second signature, and only for who may sign it.
     */
    public byte[] conceptbrief(Gebruiker tweede, long beschikkingId) {
        Beschikking b = beschikking(tweede, beschikkingId);
        if (b.status() != BeschikkingStatus.WACHT_OP_TWEEDE) {
            throw new NietGevondenException("De conceptbrief");
        }
        LocalDate vandaag = LocalDate.now(clock);
        return brief(b.verzondenOp(vandaag, Bezwaartermijnen.indienenUiterlijk(vandaag)), true);
    }

    /** Decisions above the four-eyes amount that wait for a second signature this professional may give: not his own, within his mandate. */
    @Transactional(readOnly = true)
    public List<Beschikking> wachtenOpTweede(Gebruiker medewerker) {
        return wachtenOpTweede(medewerker, Integer.MAX_VALUE);
    }

    /** The first {@code aantal} decisions waiting for this professional's second signature, oldest first; his mandates read once. */
    @Transactional(readOnly = true)
    public List<Beschikking> wachtenOpTweede(Gebruiker medewerker, int aantal) {
        if (!medewerker.isMedewerker()) {
            return List.of();
        }
        List<String> wetten = mandaten.van(medewerker).stream().map(Enum::name).toList();
        if (wetten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(BESCHIKKING + """
                        where gemeente_code = :gemeente and status = 'WACHT_OP_TWEEDE' and genomen_door <> :wie and wet in (:wetten)
                        order by genomen_op, id limit :aantal""")
                .param("gemeente", medewerker.gemeenteCode()).param("wie", medewerker.gebruikersnaam()).param("wetten", wetten)
                .param("aantal", aantal).query(Beschikking.class).list();
    }

    /** In words, for the second signer: how much of what, how often, e.g. "3 uur per week". */
    public String omvang(Beschikking b) {
        return aanbod.omvang(b.volume(), b.eenheid(), b.frequentie());
    }

    private byte[] brief(Beschikking b) {
        return brief(b, false);
    }

    private byte[] brief(Beschikking b, boolean concept) {
        return brieven.pdf(b.gemeenteCode(), briefgegevens(b, concept, b.verzondenDatum() != null ? b.verzondenDatum() : LocalDate.now(clock)));
    }

    private Map<String, Object> briefgegevens(Beschikking b, boolean concept, LocalDate briefdatum) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("concept", concept);
        gegevens.put("b", b);
        Geadresseerde aan = register.persoon(b.gemeenteCode(), b.persoonBsn())
                .map(p -> Geadresseerde.voor(p, register.ouders(b.gemeenteCode(), p.bsn()), briefdatum)).orElse(null);
        gegevens.put("aan", aan);
        gegevens.put("adres", aan == null ? null : register.adres(b.gemeenteCode(), aan.adresVan().huishoudenId()).orElse(null));
        gegevens.put("omvang", omvang(b));
        gegevens.put("budget", nl.dichtbij.platform.Bedrag.tekst(b.budget()));
        gegevens.put("pgbBedrag", nl.dichtbij.platform.Bedrag.tekst(b.pgbBedrag()));
        gegevens.put("datum", Formaat.lang(b.verzondenDatum()));
        gegevens.put("bezwaarTot", Formaat.lang(b.bezwaarTot()));
        gegevens.put("ingang", b.ingangsdatum() == null ? null : Formaat.lang(b.ingangsdatum()));
        gegevens.put("einde", b.einddatum() == null ? null : Formaat.lang(b.einddatum()));
        return gegevens;
    }

    /**
     * The sent decisions of one resident in a case (not withdrawn), for figures that ask under which law and regeling his support
     * falls; the caller shows no decision itself.
     */
    @Transactional(readOnly = true)
    public List<Beschikking> vastgesteldVan(String gemeenteCode, long zaakId, String persoonBsn) {
        return beschikkingen.findByZaakId(zaakId).stream().filter(b -> b.gemeenteCode().equals(gemeenteCode) && b.persoonBsn().equals(persoonBsn)
                && (b.status() == BeschikkingStatus.VASTGESTELD || b.status() == BeschikkingStatus.GEWIJZIGD || b.status() == BeschikkingStatus.BEEINDIGD))
                .toList();
    }

    public Beschikking beschikking(Gebruiker medewerker, long id) {
        alleenMedewerker(medewerker);
        Beschikking beschikking = jdbc.sql(BESCHIKKING + "where id = ? and gemeente_code = ?").params(id, medewerker.gemeenteCode())
                .query(Beschikking.class).optional().orElseThrow(() -> new NietGevondenException("Het besluit"));
        dossiertoegang.medewerker(medewerker, medewerker.gemeenteCode(), zaken.huishoudenVan(medewerker, beschikking.zaakId()),
                List.of(beschikking.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.INZIEN);
        return beschikking;
    }

    public Optional<Beschikking> vanAanvraag(Gebruiker medewerker, long aanvraagId) {
        alleenMedewerker(medewerker);
        return jdbc.sql(BESCHIKKING + "where aanvraag_id = ? and gemeente_code = ? order by id desc").params(aanvraagId, medewerker.gemeenteCode())
                .query(Beschikking.class).list().stream().findFirst();
    }

    /** The provider's own clients: sent, active ZIN decisions with this provider (its toewijzingen). */
    public List<Beschikking> vanAanbieder(Gebruiker aanbieder) {
        Long aanbiederId = aanbiederId(aanbieder);
        if (aanbiederId == null) {
            return List.of();
        }
        List<Beschikking> clienten = jdbc.sql(BESCHIKKING
                        + "where gemeente_code = ? and aanbieder_id = ? and verzonden_datum is not null order by ingangsdatum desc, id desc limit 200")
                .params(aanbieder.gemeenteCode(), aanbiederId).query(Beschikking.class).list();
        dossierLog.overzicht(aanbieder, aanbieder.gemeenteCode(), clienten.stream().map(Beschikking::persoonBsn).toList(),
                "Eigen cliënten: uitvoering toewijzing zorg in natura");
        return clienten;
    }

    public Beschikking vanAanbieder(Gebruiker aanbieder, long id) {
        Long aanbiederId = aanbiederId(aanbieder);
        Beschikking beschikking = jdbc.sql(BESCHIKKING + "where id = ? and gemeente_code = ? and aanbieder_id = ? and verzonden_datum is not null")
                .params(id, aanbieder.gemeenteCode(), aanbiederId == null ? -1L : aanbiederId).query(Beschikking.class).optional()
                .orElseThrow(() -> new NietGevondenException("De cliënt"));
        dossiertoegang.aanbiederZag(aanbieder, beschikking.gemeenteCode(), List.of(beschikking.persoonBsn()), Dossierdeel.BESLUITEN,
                "Uitvoering toewijzing zorg in natura");
        return beschikking;
    }

    private Long aanbiederId(Gebruiker aanbieder) {
        if (!aanbieder.is(nl.dichtbij.platform.Rol.AANBIEDER) || aanbieder.organisatie() == null) {
            return null;
        }
        return aanbod.aanbiederMetAgb(aanbieder.organisatie()).map(a -> a.id()).orElse(null);
    }

    /** The sent decisions about the resident and his household. */
    public List<Beschikking> vanInwoner(Gebruiker inwoner) {
        List<Beschikking> besluiten = zichtbaarVoor(inwoner);
        dossierLog.inwoner(inwoner, besluiten.stream().map(Beschikking::persoonBsn).toList(), Dossierdeel.BESLUITEN, Handeling.INZIEN);
        return besluiten;
    }

    /**
     * How many decisions the resident finds under Mijn besluiten, for the summary on Mijn Dichtbij; only the number, so no
     * decision is read and none is logged as seen.
     */
    public int aantalVanInwoner(Gebruiker inwoner) {
        return zichtbaarVoor(inwoner).size();
    }

    /** The household's case, but only decisions about the resident or someone he acts for (docs/decisions/0006). */
    private List<Beschikking> zichtbaarVoor(Gebruiker inwoner) {
        return zaken.vanInwoner(inwoner).map(z -> jdbc.sql(BESCHIKKING
                        + "where zaak_id = ? and gemeente_code = ? and verzonden_datum is not null order by id desc")
                .params(z.id(), inwoner.gemeenteCode()).query(Beschikking.class).list()).orElse(List.of()).stream()
                .filter(b -> vertegenwoordigingen.magInzienVan(inwoner, b.persoonBsn())).toList();
    }

    public Beschikking vanInwoner(Gebruiker inwoner, long id) {
        return vanInwoner(inwoner).stream().filter(b -> b.id() == id).findFirst().orElseThrow(() -> new NietGevondenException("Het besluit"));
    }

    public byte[] briefVan(Beschikking beschikking) {
        return jdbc.sql("select brief from beschikking where id = ?").param(beschikking.id()).query(byte[].class).optional()
                .orElseThrow(() -> new NietGevondenException("De brief"));
    }

    /** How the decision is being carried out by the provider (toewijzing, start, stop), for an already checked decision. */
    public List<String> voortgang(Beschikking beschikking) {
        return voortgang(beschikking, false);
    }

    public List<String> voortgangVoorInwoner(Beschikking beschikking) {
        return voortgang(beschikking, true);
    }

    private List<String> voortgang(Beschikking beschikking, boolean voorInwoner) {
        return uitvoering.orderedStream().flatMap(u -> u.voortgang(beschikking.gemeenteCode(), beschikking.id(), voorInwoner).stream()).toList();
    }

    /** One step in a decision's history; {@code metBrief}: a change with its own letter (and objection term until {@code bezwaarTot}). */
    public record Historie(long id, java.time.Instant tijdstip, String doorNaam, String wat, String toelichting, boolean metBrief,
                           LocalDate bezwaarTot) {
        public LocalDate datum() {
            return tijdstip.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
        }
    }

    public List<Historie> historie(long beschikkingId) {
        return jdbc.sql("select id, tijdstip, door_naam, wat, toelichting, case when brief is null then false else true end as met_brief,"
                        + " bezwaar_tot from beschikking_historie where beschikking_id = ? order by tijdstip, id")
                .param(beschikkingId).query(Historie.class).list();
    }

    /** When the decision as it stood on a day was made known, and until when one may object against it. */
    public record Bezwaarmoment(LocalDate bekendgemaakt, LocalDate bezwaarTot) {
    }

    /**
     * The decision as it stood on {@code op}: the decision itself, or its latest change with a letter on or before that day
     * (a change is a decision of its own, with its own objection term). An objection received that day is against it.
     */
    public Bezwaarmoment bezwaarmoment(Beschikking beschikking, LocalDate op) {
        Bezwaarmoment moment = new Bezwaarmoment(beschikking.verzondenDatum(), beschikking.bezwaarTot());
        for (Historie wijziging : wijzigingsbrieven(beschikking)) {
            if (!wijziging.datum().isAfter(op) && wijziging.bezwaarTot() != null) {
                moment = new Bezwaarmoment(wijziging.datum(), wijziging.bezwaarTot());
            }
        }
        return moment;
    }

    /** The letters of the changes of a decision the caller may read (see {@link #beschikking}, {@link #vanInwoner}), oldest first. */
    public List<Historie> wijzigingsbrieven(Beschikking beschikking) {
        return historie(beschikking.id()).stream().filter(Historie::metBrief).toList();
    }

    /** The letter of one change of a decision the caller may read. */
    public byte[] wijzigingsbrief(Beschikking beschikking, long historieId) {
        return jdbc.sql("select brief from beschikking_historie where id = ? and beschikking_id = ? and brief is not null")
                .params(historieId, beschikking.id()).query(byte[].class).optional()
                .orElseThrow(() -> new NietGevondenException("De brief"));
    }

    private byte[] wijzigingsbrief(Beschikking b, String wat, String reden, LocalDate datum, LocalDate bezwaarTot) {
        Map<String, Object> gegevens = briefgegevens(b, false, datum);
        gegevens.put("wijziging", wat);
        gegevens.put("wijzigingReden", reden);
        gegevens.put("oorspronkelijk", b.verzondenDatum() == null ? null : Formaat.lang(b.verzondenDatum()));
        gegevens.put("datum", Formaat.lang(datum));
        gegevens.put("bezwaarTot", Formaat.lang(bezwaarTot));
        return brieven.pdf(b.gemeenteCode(), gegevens);
    }

    public enum Wijziging { EINDDATUM, BEEINDIGEN, INTREKKEN }

    /** Changing the end date, ending or withdrawing a decision: reason and date are recorded, nothing is overwritten without history. */
    @Transactional
    public Beschikking wijzigen(Gebruiker medewerker, long beschikkingId, Wijziging wijziging, LocalDate datum, String reden) {
        return wijzigen(medewerker, beschikkingId, wijziging, datum, reden, null);
    }

    /** As above, with the JZ002 reason the provider gets in the new toewijzing (null: derived from the change). */
    @Transactional
    public Beschikking wijzigen(Gebruiker medewerker, long beschikkingId, Wijziging wijziging, LocalDate datum, String reden,
                                String redenWijziging) {
        Beschikking b = beschikking(medewerker, beschikkingId);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!mandaten.heeftMandaat(medewerker, b.wet())) {
            fouten.put("reden", "U heeft geen mandaat voor de " + b.wet().label() + ".");
        }
        if (redenWijziging != null && !redenWijziging.isBlank() && aanbod.code("JZ002", redenWijziging).isEmpty()) {
            fouten.put("redenWijziging", "Kies een reden uit de lijst.");
        }
        Beschikking nieuw = null;
        try {
            nieuw = b.wijzigen(wijziging, datum, reden);
        } catch (OngeldigeInvoerException e) {
            // the decision's own rules and the mandate are told together, so one correction is enough
            e.fouten().forEach(fouten::put);
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Beschikking gewijzigd = bewaar(nieuw, "Iemand anders heeft dit besluit intussen gewijzigd. Vernieuw de pagina.");
        String wat = switch (wijziging) {
            case EINDDATUM -> "Einddatum gewijzigd naar " + Formaat.lang(datum);
            case BEEINDIGEN -> "Beëindigd per " + Formaat.lang(datum);
            case INTREKKEN -> "Ingetrokken";
        };
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate bezwaarTot = Bezwaartermijnen.indienenUiterlijk(vandaag);
        byte[] brief = wijzigingsbrief(gewijzigd, wat, reden.trim(), vandaag, bezwaarTot);
        jdbc.sql("""
                        insert into beschikking_historie (beschikking_id, tijdstip, door_naam, wat, toelichting, brief, bezwaar_tot)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(beschikkingId, Timestamp.from(clock.instant()), medewerker.naam(), wat, reden.trim(), brief, bezwaarTot).update();
        zaken.berichtAanHuishouden(b.zaakId(), b.persoonBsn(), "Uw besluit over " + (b.productOmschrijving() == null ? b.wet().label() : b.productOmschrijving())
                + " is gewijzigd: " + wat.toLowerCase() + ". Reden: " + reden.trim() + ". U leest de brief onder Mijn besluiten. Bent u het er niet"
                + " mee eens? Maak dan uiterlijk " + Formaat.lang(bezwaarTot) + " bezwaar.");
        events.publishEvent(new BeschikkingGewijzigd(gewijzigd, wijziging,
                redenWijziging == null || redenWijziging.isBlank() ? null : redenWijziging));
        return gewijzigd;
    }

    private void historie(long beschikkingId, Gebruiker door, String wat, String toelichting) {
        jdbc.sql("insert into beschikking_historie (beschikking_id, tijdstip, door_naam, wat, toelichting) values (?, ?, ?, ?, ?)")
                .params(beschikkingId, Timestamp.from(clock.instant()), door.naam(), wat, toelichting).update();
    }

    private Beslisregels.Controle controleer(Aanvraag aanvraag, BeslisVerzoek verzoek) {
        Beslisregels.Controle controle = Beslisregels.controleer(verzoek, aanvraag.wet().label(), new Beslisregels.Catalogus() {
            @Override
            public Optional<Product> product(String code) {
                return aanbod.product(aanvraag.gemeenteCode(), code).filter(p -> p.wet() == aanvraag.wet());
            }

            @Override
            public boolean eenheidBestaat(String code) {
                return aanbod.code("WJ756", code).isPresent();
            }

            @Override
            public boolean frequentieBestaat(String code) {
                return aanbod.code("WMO757", code).isPresent();
            }

            @Override
            public Optional<Aanbieder> aanbieder(Product product, long aanbiederId, LocalDate ingangsdatum) {
                return aanbod.aanbiedersVoor(product, ingangsdatum == null ? LocalDate.now(clock) : ingangsdatum).stream()
                        .filter(a -> a.id() == aanbiederId).findFirst();
            }

            @Override
            public Optional<nl.dichtbij.aanbod.Bekostigingsvorm> bekostigingsvorm(Product product, Aanbieder aanbieder, LocalDate ingangsdatum) {
                return contracten.afspraak(aanvraag.gemeenteCode(), aanbieder.agbCode(), aanvraag.wet(), product.code(),
                        ingangsdatum == null ? LocalDate.now(clock) : ingangsdatum).map(nl.dichtbij.aanbod.Contracten.Afspraak::bekostigingsvorm);
            }
        });
        if (!controle.goed()) {
            throw new OngeldigeInvoerException(controle.fouten());
        }
        return controle;
    }

    /** A text as one sentence with one full stop, however it was typed ("… somberheid." does not become "somberheid.."). */
    private static String zin(String tekst) {
        String kaal = tekst.strip();
        return kaal.endsWith(".") || kaal.endsWith("!") || kaal.endsWith("?") ? kaal : kaal + ".";
    }

    private static void alleenMedewerker(Gebruiker gebruiker) {
        if (!gebruiker.isMedewerker()) {
            throw new AccessDeniedException("Alleen medewerkers van het sociaal team");
        }
    }
}
