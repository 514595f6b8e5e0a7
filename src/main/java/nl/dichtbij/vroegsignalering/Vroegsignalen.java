package nl.dichtbij.vroegsignalering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signals of payment arrears and the outreach task each becomes (issue 20, Wgs art. 3 en 5). A signal arrives from a
 * sender of the municipality's register, by API or as a row of a file; it names the household by BSN or by address, looked
 * up in the BRP, and is refused when nobody lives there. The same signal twice (sender, household, reference, date) adds
 * nothing. Each accepted signal is a task for the Wmo-team with a first-contact deadline ({@link Contacttermijn}); the
 * consulent picks it up, records contact attempts and the outcome. Only the Wmo-team's professionals and the teamleider of
 * the municipality see signals; every look and change is logged with its ground.
 */
@Service
public class Vroegsignalen {

    public static final String GRONDSLAG = "Vroegsignalering schulden: wettelijke taak (Wgs art. 3, AVG art. 6 lid 1e)";
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_RIJEN = 20_000;
    public static final int MAX_PER_VERZOEK = 1_000;
    static final List<String> KOLOMMEN = List.of("bsn", "postcode", "huisnummer", "kenmerk", "datum", "achterstand");
    private static final int MAX_NOTITIE = 500;

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final Gemeenten gemeenten;
    private final DossierLog dossierLog;
    private final Signaalbronnen bronnen;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Vroegsignalen(JdbcClient jdbc, PersonenRegister register, Gemeenten gemeenten, DossierLog dossierLog, Signaalbronnen bronnen,
                  TransactionTemplate transactie, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.gemeenten = gemeenten;
        this.dossierLog = dossierLog;
        this.bronnen = bronnen;
        this.transactie = transactie;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- receiving

    /** Signals a sender posts through the API (authenticated by its key): each gets its own line in the answer. */
    public Inleesverslag ontvangen(Signaalbron bron, List<Signaalinvoer> signalen) {
        if (signalen.size() > MAX_PER_VERZOEK) {
            throw new OngeldigeInvoerException("signalen", "Stuur hoogstens " + MAX_PER_VERZOEK + " signalen per verzoek.");
        }
        if (signalen.isEmpty()) {
            throw new OngeldigeInvoerException("signalen", "Stuur minstens één signaal.");
        }
        List<Inleesverslag.Regel> regels = transactie.execute(s -> {
            List<Inleesverslag.Regel> uitslag = new ArrayList<>();
            Set<String> inVerzoek = new HashSet<>();
            for (int i = 0; i < signalen.size(); i++) {
                Signaalinvoer invoer = signalen.get(i);
                uitslag.add(verwerk(bron, invoer == null ? new Signaalinvoer(null, null, null, null, null, null, null, null) : invoer, i + 1,
                        afzender(bron), inVerzoek));
            }
            return uitslag;
        });
        return new Inleesverslag("", bron.naam(), signalen.size(), regels, null);
    }

    /** A file of signals the Wmo-team received from a sender (CSV with a header row, ; or , between the columns). */
    public Inleesverslag inlezen(Gebruiker wie, Long bronId, String bestandsnaam, InputStream invoer) throws IOException {
        wmoTeam(wie);
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "bestand" : Signaalregel.kort(bestandsnaam.strip(), 80);
        if (bronId == null) {
            return Inleesverslag.geweigerd(naam, "", "Kies van welke signaalbron het bestand komt.");
        }
        Signaalbron bron = bronnen.bron(wie, bronId);
        if (!bron.actief()) {
            return Inleesverslag.geweigerd(naam, bron.naam(), bron.naam() + " levert geen signalen meer (gestopt in het register). Vraag functioneel beheer.");
        }
        byte[] inhoud = invoer.readNBytes(MAX_BYTES + 1);
        if (inhoud.length > MAX_BYTES) {
            return Inleesverslag.geweigerd(naam, bron.naam(), "Het bestand is groter dan 2 MB. Splits het in kleinere bestanden.");
        }
        if (inhoud.length == 0) {
            return Inleesverslag.geweigerd(naam, bron.naam(), "Het bestand is leeg. Kies het bestand met de signalen.");
        }
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            return Inleesverslag.geweigerd(naam, bron.naam(), "Het bestand is geen tekst in UTF-8. Sla het op als 'CSV UTF-8'.");
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        if (tekst.indexOf('\0') >= 0) {
            return Inleesverslag.geweigerd(naam, bron.naam(), "Het bestand is geen CSV-bestand.");
        }
        String eersteRegel = tekst.lines().findFirst().orElse("");
        char scheiding = eersteRegel.chars().filter(c -> c == ';').count() >= eersteRegel.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        CSVParser geopend;
        try {
            geopend = formaat.parse(new java.io.StringReader(tekst));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return Inleesverslag.geweigerd(naam, bron.naam(), "De eerste regel met kolomnamen klopt niet (een kolomnaam staat er twee keer in of is leeg).");
        }
        nl.dichtbij.platform.Regelnummers regelnummers = nl.dichtbij.platform.Regelnummers.van(tekst);
        List<CSVRecord> rijen = new ArrayList<>();
        String bestandsfout = null;
        try (CSVParser parser = geopend) {
            Set<String> namen = new HashSet<>();
            parser.getHeaderMap().keySet().forEach(k -> namen.add(k == null ? "" : k.strip().toLowerCase(Locale.ROOT)));
            List<String> ontbreekt = KOLOMMEN.stream().filter(k -> !namen.contains(k)).toList();
            if (!ontbreekt.isEmpty()) {
                return Inleesverslag.geweigerd(naam, bron.naam(), "De eerste regel moet de kolomnamen bevatten. Deze ontbreken: " + String.join(", ", ontbreekt)
                        + ". Verwacht: " + String.join(";", KOLOMMEN) + " (en eventueel toevoeging en dreiging).");
            }
            long vorigeRegel = 1;
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    CSVRecord rij = iterator.next();
                    vorigeRegel = regelnummers.regel(rij.getCharacterPosition());
                    if (rijen.size() >= MAX_RIJEN) {
                        bestandsfout = "Het bestand heeft meer dan " + MAX_RIJEN + " regels. Alleen de eerste " + MAX_RIJEN + " zijn gelezen.";
                        break;
                    }
                    rijen.add(rij);
                } catch (UncheckedIOException | IllegalStateException e) {
                    bestandsfout = "Na regel " + vorigeRegel + " is het bestand niet goed opgebouwd (bijvoorbeeld een aanhalingsteken dat niet "
                            + "wordt gesloten). De regels daarna zijn niet gelezen; de goede regels ervoor wel.";
                    break;
                }
            }
        }
        Gebruiker afzender = wie;
        List<Inleesverslag.Regel> regels = transactie.execute(s -> {
            List<Inleesverslag.Regel> uitslag = new ArrayList<>();
            Set<String> inBestand = new HashSet<>();
            for (CSVRecord rij : rijen) {
                long regel = regelnummers.regel(rij.getCharacterPosition());
                if (!rij.isConsistent()) {
                    uitslag.add(new Inleesverslag.Regel(regel, Inleesverslag.Soort.GEWEIGERD, "Deze regel heeft " + rij.size() + " kolommen in plaats van "
                            + rij.getParser().getHeaderNames().size() + ".", null));
                    continue;
                }
                uitslag.add(verwerk(bron, new Signaalinvoer(waarde(rij, "bsn"), waarde(rij, "postcode"), waarde(rij, "huisnummer"),
                        waarde(rij, "toevoeging"), waarde(rij, "kenmerk"), waarde(rij, "datum"), waarde(rij, "achterstand"), waarde(rij, "dreiging")),
                        regel, afzender, inBestand));
            }
            return uitslag;
        });
        return new Inleesverslag(naam, bron.naam(), rijen.size(), regels, bestandsfout);
    }

    private static String waarde(CSVRecord rij, String kolom) {
        return rij.isMapped(kolom) && rij.isSet(kolom) ? rij.get(kolom) : "";
    }

    /** Checks, identifies and stores one signal; a signal known already is reported, not stored twice. */
    private Inleesverslag.Regel verwerk(Signaalbron bron, Signaalinvoer invoer, long regel, Gebruiker afzender, Set<String> inDezeLevering) {
        LocalDate vandaag = LocalDate.now(clock);
        Signaalregel.Uitslag uitslag = Signaalregel.lees(invoer, vandaag);
        if (!uitslag.goed()) {
            return new Inleesverslag.Regel(regel, Inleesverslag.Soort.GEWEIGERD, uitslag.reden(), null);
        }
        Signaalregel.Gelezen signaal = uitslag.gelezen();
        long huishouden;
        if (!signaal.opAdres()) {
            Optional<Persoon> persoon = register.persoon(bron.gemeenteCode(), signaal.bsn());
            if (persoon.isEmpty()) {
                return new Inleesverslag.Regel(regel, Inleesverslag.Soort.GEWEIGERD, "Het BSN " + nl.dichtbij.personen.Bsn.gemaskeerd(signaal.bsn())
                        + " staat niet ingeschreven in deze gemeente. Controleer het BSN, of stuur het signaal naar de gemeente waar de inwoner woont.", null);
            }
            huishouden = persoon.get().huishoudenId();
        } else {
            List<Long> huishoudens = register.huishoudensOpAdres(bron.gemeenteCode(), signaal.postcode(), signaal.huisnummer());
            if (huishoudens.isEmpty()) {
                return new Inleesverslag.Regel(regel, Inleesverslag.Soort.GEWEIGERD, "Op het adres " + signaal.adresTekst()
                        + " staat in deze gemeente niemand ingeschreven. Controleer de postcode, het huisnummer en de toevoeging.", null);
            }
            if (huishoudens.size() > 1) {
                return new Inleesverslag.Regel(regel, Inleesverslag.Soort.GEWEIGERD, "Op het adres " + signaal.adresTekst()
                        + " staan meer huishoudens ingeschreven. Stuur het BSN van de huurder of klant mee.", null);
            }
            huishouden = huishoudens.getFirst();
        }
        String dubbel = Signaalbronnen.hash(bron.id() + "|" + huishouden + "|" + signaal.kenmerk().toLowerCase(Locale.ROOT) + "|" + signaal.datum());
        if (!inDezeLevering.add(dubbel)) {
            return new Inleesverslag.Regel(regel, Inleesverslag.Soort.AL_ONTVANGEN, "Dit signaal staat eerder in dezelfde levering.", null);
        }
        Optional<Long> bekend = jdbc.sql("select id from vroegsignaal where dubbel_sleutel = ?").param(dubbel).query(Long.class).optional();
        if (bekend.isPresent()) {
            return new Inleesverslag.Regel(regel, Inleesverslag.Soort.AL_ONTVANGEN, "Dit signaal is al eerder ontvangen; het is niet nog eens bewaard.", null);
        }
        LocalDate uiterlijk = Contacttermijn.uiterlijk(vandaag, signaal.dreiging());
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into vroegsignaal (gemeente_code, bron_id, bron_soort, dubbel_sleutel, huishouden_id, persoon_bsn, kenmerk, signaal_datum,
                            achterstand, dreiging, ontvangen_op, ontvangen_datum, uiterlijk_contact, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NIEUW')""")
                .params(bron.gemeenteCode(), bron.id(), bron.soort().name(), dubbel, huishouden, signaal.bsn(), signaal.kenmerk(), signaal.datum(),
                        signaal.achterstand().name(), signaal.dreiging(), Timestamp.from(clock.instant()), vandaag, uiterlijk)
                .update(sleutel, "id");
        dossierLog.vastleggen(afzender, bron.gemeenteCode(), betrokkenen(bron.gemeenteCode(), huishouden, signaal.bsn()), Dossierdeel.HULPVRAAG,
                Handeling.WIJZIGEN, GRONDSLAG);
        return new Inleesverslag.Regel(regel, Inleesverslag.Soort.BEWAARD, "Taak voor het Wmo-team, eerste contact uiterlijk "
                + nl.dichtbij.platform.Formaat.datum(uiterlijk) + ".", sleutel.getKey().longValue());
    }

    /** Who a signal is about, for the log: the person named, or the household's members when it came by address. */
    private List<String> betrokkenen(String gemeenteCode, Long huishouden, String bsn) {
        if (bsn != null) {
            return List.of(bsn);
        }
        return huishouden == null ? List.of() : register.leden(gemeenteCode, huishouden).stream().map(Persoon::bsn).toList();
    }

    /** The sender as the log names it. */
    private static Gebruiker afzender(Signaalbron bron) {
        return new Gebruiker("signaalbron-" + bron.id(), null, "Signaalbron " + bron.naam(), Rol.AANBIEDER, bron.gemeenteCode(), null, null);
    }


    // ---------------------------------------------------------------- the Wmo-team's work

    /** A line of the Wmo-team's list. */
    public record Regel(long id, String adres, String naam, String bron, Bronsoort soort, Achterstand achterstand, boolean dreiging,
                        LocalDate ontvangen, LocalDate uiterlijk, boolean verstreken, Signaalstatus status, String behandelaarNaam) {
    }

    public record Contactpoging(LocalDate datum, Contactwijze wijze, boolean bereikt, String notitie, String doorNaam) {
    }

    /** One signal as the consulent sees it. */
    public record Signaal(long id, String bron, Bronsoort soort, long huishoudenId, String persoonBsn, String adres, List<Persoon> leden,
                          String kenmerk, LocalDate signaalDatum, Achterstand achterstand, boolean dreiging, LocalDate ontvangen,
                          LocalDate uiterlijk, boolean verstreken, Signaalstatus status, String behandelaar, String behandelaarNaam,
                          LocalDate eersteContact, Uitkomst uitkomst, LocalDate uitkomstDatum, String toelichting, LocalDate gestoptOp,
                          LocalDate vernietigenVanaf, List<Contactpoging> pogingen) {

        public boolean afgerond() {
            return status == Signaalstatus.AFGEROND;
        }

        public boolean bereikt() {
            return pogingen.stream().anyMatch(Contactpoging::bereikt);
        }

        /** The person named by the sender, when it sent a BSN. */
        public Optional<Persoon> persoon() {
            return leden.stream().filter(p -> p.bsn().equals(persoonBsn)).findFirst();
        }

        public String termijnGrond() {
            return Contacttermijn.termijn(dreiging).name().equals("SCHULDHULP_DREIGING") ? "3 werkdagen, want " + soort.dreiging().toLowerCase(Locale.ROOT)
                    : "4 weken";
        }
    }

    /** What the werkbak shows: open signals of the Wmo-team and how many are past their deadline; nothing for anyone else. */
    public record Telling(long open, long verstreken) {
    }

    @Transactional(readOnly = true)
    public Telling telling(Gebruiker wie) {
        if (!magZien(wie)) {
            return new Telling(0, 0);
        }
        return jdbc.sql("""
                        select count(*), coalesce(sum(case when uiterlijk_contact < ? then 1 else 0 end), 0) from vroegsignaal
                        where gemeente_code = ? and status in ('NIEUW', 'OPGEPAKT')""")
                .params(LocalDate.now(clock), wie.gemeenteCode())
                .query((rs, i) -> new Telling(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The open signals, the earliest deadline first. */
    @Transactional(readOnly = true)
    public Pagina<Regel> open(Gebruiker wie, int pagina) {
        wmoTeam(wie);
        int grootte = Pagina.STANDAARD_GROOTTE;
        int nummer = Math.max(0, pagina);
        long totaal = jdbc.sql("select count(*) from vroegsignaal where gemeente_code = ? and status in ('NIEUW', 'OPGEPAKT')")
                .param(wie.gemeenteCode()).query(Long.class).single();
        record Rij(long id, long huishouden, String bsn, String bron, Bronsoort soort, Achterstand achterstand, boolean dreiging,
                   LocalDate ontvangen, LocalDate uiterlijk, Signaalstatus status, String behandelaarNaam) {
        }
        List<Rij> rijen = jdbc.sql("""
                        select v.id, v.huishouden_id, v.persoon_bsn, b.naam, v.bron_soort, v.achterstand, v.dreiging, v.ontvangen_datum,
                               v.uiterlijk_contact, v.status, v.behandelaar_naam
                        from vroegsignaal v join signaalbron b on b.id = v.bron_id
                        where v.gemeente_code = ? and v.status in ('NIEUW', 'OPGEPAKT')
                        order by v.uiterlijk_contact, v.id limit ? offset ?""")
                .params(wie.gemeenteCode(), grootte, (long) nummer * grootte)
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), Bronsoort.valueOf(rs.getString(5)),
                        Achterstand.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        Signaalstatus.valueOf(rs.getString(10)), rs.getString(11)))
                .list();
        Set<Long> huishoudens = new LinkedHashSet<>();
        rijen.forEach(r -> huishoudens.add(r.huishouden()));
        Map<Long, Adres> adressen = register.adressen(wie.gemeenteCode(), huishoudens);
        Map<Long, List<Persoon>> leden = register.leden(wie.gemeenteCode(), huishoudens);
        LocalDate vandaag = LocalDate.now(clock);
        List<String> getoond = new ArrayList<>();
        List<Regel> regels = new ArrayList<>();
        for (Rij r : rijen) {
            List<Persoon> gezin = leden.getOrDefault(r.huishouden(), List.of());
            String naam = naamVoor(gezin, r.bsn(), vandaag);
            gezin.stream().filter(p -> r.bsn() == null ? p.leeftijdOp(vandaag) >= 18 : p.bsn().equals(r.bsn())).forEach(p -> getoond.add(p.bsn()));
            regels.add(new Regel(r.id(), adressen.containsKey(r.huishouden()) ? adressen.get(r.huishouden()).regel() : "Adres onbekend", naam, r.bron(),
                    r.soort(), r.achterstand(), r.dreiging(), r.ontvangen(), r.uiterlijk(), Contacttermijn.verstreken(r.uiterlijk(), vandaag), r.status(),
                    r.behandelaarNaam()));
        }
        dossierLog.overzicht(wie, wie.gemeenteCode(), getoond, GRONDSLAG);
        return new Pagina<>(regels, nummer, grootte, totaal);
    }

    /** The person named, or the household's adults ("Anna en Bram Proef"): who the consulent goes to. */
    private static String naamVoor(List<Persoon> gezin, String bsn, LocalDate vandaag) {
        if (bsn != null) {
            return gezin.stream().filter(p -> p.bsn().equals(bsn)).map(Persoon::naam).findFirst().orElse("Onbekend");
        }
        List<String> volwassenen = gezin.stream().filter(p -> p.leeftijdOp(vandaag) >= 18).map(Persoon::naam).toList();
        return volwassenen.isEmpty() ? "Huishouden op dit adres" : String.join(" en ", volwassenen);
    }

    @Transactional(readOnly = true)
    public Signaal bekijk(Gebruiker wie, long id) {
        wmoTeam(wie);
        Signaal signaal = lees(wie, id);
        dossierLog.vastleggen(wie, wie.gemeenteCode(), betrokkenen(wie.gemeenteCode(), signaal.huishoudenId(), signaal.persoonBsn()),
                Dossierdeel.HULPVRAAG, Handeling.INZIEN, GRONDSLAG);
        return signaal;
    }

    private Signaal lees(Gebruiker wie, long id) {
        LocalDate vandaag = LocalDate.now(clock);
        Signaal zonder = jdbc.sql("""
                        select v.id, b.naam, v.bron_soort, v.huishouden_id, v.persoon_bsn, v.kenmerk, v.signaal_datum, v.achterstand, v.dreiging,
                               v.ontvangen_datum, v.uiterlijk_contact, v.status, v.behandelaar, v.behandelaar_naam, v.eerste_contact, v.uitkomst,
                               v.uitkomst_datum, v.uitkomst_toelichting, v.gestopt_op
                        from vroegsignaal v join signaalbron b on b.id = v.bron_id
                        where v.id = ? and v.gemeente_code = ? and v.gewist_op is null""")
                .params(id, wie.gemeenteCode())
                .query((rs, i) -> new Signaal(rs.getLong(1), rs.getString(2), Bronsoort.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5),
                        null, List.of(), rs.getString(6), rs.getObject(7, LocalDate.class), Achterstand.valueOf(rs.getString(8)), rs.getBoolean(9),
                        rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), false, Signaalstatus.valueOf(rs.getString(12)),
                        rs.getString(13), rs.getString(14), rs.getObject(15, LocalDate.class), rs.getString(16) == null ? null : Uitkomst.valueOf(rs.getString(16)),
                        rs.getObject(17, LocalDate.class), rs.getString(18), rs.getObject(19, LocalDate.class), null, List.of()))
                .optional().orElseThrow(() -> new NietGevondenException("Het signaal"));
        List<Contactpoging> pogingen = jdbc.sql("""
                        select datum, wijze, bereikt, notitie, vastgelegd_door_naam from vroegsignaal_contact
                        where signaal_id = ? and gemeente_code = ? order by datum, id""")
                .params(id, wie.gemeenteCode())
                .query((rs, i) -> new Contactpoging(rs.getObject(1, LocalDate.class), Contactwijze.valueOf(rs.getString(2)), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5)))
                .list();
        String adres = register.adres(wie.gemeenteCode(), zonder.huishoudenId()).map(Adres::regel).orElse("Adres onbekend (verhuisd?)");
        List<Persoon> leden = register.leden(wie.gemeenteCode(), zonder.huishoudenId());
        boolean verstreken = zonder.eersteContact() == null && zonder.status() != Signaalstatus.AFGEROND
                && Contacttermijn.verstreken(zonder.uiterlijk(), vandaag);
        LocalDate vernietigen = zonder.uitkomst() == Uitkomst.HULP_AANGENOMEN ? null : Bewaartermijn.vernietigenVanaf(zonder.ontvangen());
        return new Signaal(zonder.id(), zonder.bron(), zonder.soort(), zonder.huishoudenId(), zonder.persoonBsn(), adres, leden, zonder.kenmerk(),
                zonder.signaalDatum(), zonder.achterstand(), zonder.dreiging(), zonder.ontvangen(), zonder.uiterlijk(), verstreken, zonder.status(),
                zonder.behandelaar(), zonder.behandelaarNaam(), zonder.eersteContact(), zonder.uitkomst(), zonder.uitkomstDatum(), zonder.toelichting(),
                zonder.gestoptOp(), vernietigen, pogingen);
    }

    /** "Ik pak dit op": the consulent takes the signal, also from a colleague. */
    @Transactional
    public Signaal oppakken(Gebruiker wie, long id) {
        wmoTeam(wie);
        Signaal signaal = lees(wie, id);
        if (signaal.afgerond()) {
            throw new OngeldigeInvoerException("signaal", "Dit signaal is al afgerond.");
        }
        jdbc.sql("update vroegsignaal set status = 'OPGEPAKT', behandelaar = ?, behandelaar_naam = ?, version = version + 1 where id = ? and gemeente_code = ?")
                .params(wie.gebruikersnaam(), wie.actorNaam(), id, wie.gemeenteCode()).update();
        dossierLog.vastleggen(wie, wie.gemeenteCode(), betrokkenen(wie.gemeenteCode(), signaal.huishoudenId(), signaal.persoonBsn()),
                Dossierdeel.HULPVRAAG, Handeling.WIJZIGEN, GRONDSLAG);
        return lees(wie, id);
    }

    /** A try to reach the household: when, how, whether someone was reached, a short note. Picks the signal up if nobody had. */
    @Transactional
    public Signaal contactpoging(Gebruiker wie, long id, LocalDate datum, String wijze, Boolean bereikt, String notitie) {
        wmoTeam(wie);
        Signaal signaal = lees(wie, id);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (signaal.afgerond()) {
            fouten.put("signaal", "Dit signaal is al afgerond. Een contactpoging vastleggen kan niet meer.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (datum == null) {
            fouten.put("datum", "Vul de datum van de contactpoging in.");
        } else if (datum.isAfter(vandaag)) {
            fouten.put("datum", "De datum ligt in de toekomst. Leg een poging vast nadat u die deed.");
        } else if (datum.isBefore(signaal.ontvangen())) {
            fouten.put("datum", "De datum ligt vóór de ontvangst van het signaal (" + nl.dichtbij.platform.Formaat.datum(signaal.ontvangen()) + ").");
        }
        Contactwijze gekozen = Contactwijze.lees(wijze).orElse(null);
        if (gekozen == null) {
            fouten.put("wijze", "Kies hoe u contact zocht: huisbezoek, telefoon of brief.");
        }
        if (bereikt == null) {
            fouten.put("bereikt", "Kies of u iemand van het huishouden heeft gesproken.");
        }
        String tekst = notitie == null || notitie.isBlank() ? null : notitie.strip();
        if (tekst != null && tekst.length() > MAX_NOTITIE) {
            fouten.put("notitie", "Schrijf de notitie in hoogstens " + MAX_NOTITIE + " tekens.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("""
                        insert into vroegsignaal_contact (gemeente_code, signaal_id, datum, wijze, bereikt, notitie, vastgelegd_door, vastgelegd_door_naam, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(wie.gemeenteCode(), id, datum, gekozen.name(), bereikt, tekst, wie.gebruikersnaam(), wie.actorNaam(), Timestamp.from(clock.instant()))
                .update();
        if (signaal.status() == Signaalstatus.NIEUW) {
            jdbc.sql("update vroegsignaal set status = 'OPGEPAKT', behandelaar = ?, behandelaar_naam = ? where id = ?")
                    .params(wie.gebruikersnaam(), wie.actorNaam(), id).update();
        }
        if (bereikt && (signaal.eersteContact() == null || datum.isBefore(signaal.eersteContact()))) {
            jdbc.sql("update vroegsignaal set eerste_contact = ?, version = version + 1 where id = ?").params(datum, id).update();
        }
        dossierLog.vastleggen(wie, wie.gemeenteCode(), betrokkenen(wie.gemeenteCode(), signaal.huishoudenId(), signaal.persoonBsn()),
                Dossierdeel.HULPVRAAG, Handeling.WIJZIGEN, GRONDSLAG);
        return lees(wie, id);
    }

    /** How the outreach ended; help accepted or declined needs a contact in which someone was reached, not reached needs a try. */
    @Transactional
    public Signaal uitkomst(Gebruiker wie, long id, String uitkomst, String toelichting) {
        wmoTeam(wie);
        Signaal signaal = lees(wie, id);
        Map<String, String> fouten = new LinkedHashMap<>();
        Uitkomst gekozen = Uitkomst.lees(uitkomst).orElse(null);
        if (signaal.afgerond()) {
            fouten.put("uitkomst", "Dit signaal is al afgerond met de uitkomst: " + signaal.uitkomst().label().toLowerCase(Locale.ROOT) + ".");
        } else if (gekozen == null) {
            fouten.put("uitkomst", "Kies de uitkomst: hulp aangenomen, hulp geweigerd of niet bereikt.");
        } else if (gekozen != Uitkomst.NIET_BEREIKT && !signaal.bereikt()) {
            fouten.put("uitkomst", "Leg eerst de contactpoging vast waarin u het huishouden sprak. Daarna kiest u of het hulp aanneemt.");
        } else if (gekozen == Uitkomst.NIET_BEREIKT && signaal.pogingen().isEmpty()) {
            fouten.put("uitkomst", "Leg eerst vast hoe u het huishouden probeerde te bereiken.");
        }
        String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (tekst != null && tekst.length() > MAX_NOTITIE) {
            fouten.put("toelichting", "Schrijf de toelichting in hoogstens " + MAX_NOTITIE + " tekens.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("""
                        update vroegsignaal set status = 'AFGEROND', uitkomst = ?, uitkomst_datum = ?, uitkomst_toelichting = ?,
                            behandelaar = coalesce(behandelaar, ?), behandelaar_naam = coalesce(behandelaar_naam, ?), version = version + 1
                        where id = ? and gemeente_code = ? and status <> 'AFGEROND'""")
                .params(gekozen.name(), LocalDate.now(clock), tekst, wie.gebruikersnaam(), wie.actorNaam(), id, wie.gemeenteCode()).update();
        dossierLog.vastleggen(wie, wie.gemeenteCode(), betrokkenen(wie.gemeenteCode(), signaal.huishoudenId(), signaal.persoonBsn()),
                Dossierdeel.HULPVRAAG, Handeling.WIJZIGEN, GRONDSLAG);
        return lees(wie, id);
    }

    /**
     * The household stopped the debt help it accepted (drop-out). The app has no debt-help trajectory of its own, so the
     * consulent records it on the signal; the figures count it.
     */
    @Transactional
    public Signaal gestopt(Gebruiker wie, long id, LocalDate datum) {
        wmoTeam(wie);
        Signaal signaal = lees(wie, id);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (signaal.uitkomst() != Uitkomst.HULP_AANGENOMEN) {
            fouten.put("gestoptOp", "Alleen een huishouden dat hulp aannam, kan met de schuldhulp stoppen.");
        } else if (signaal.gestoptOp() != null) {
            fouten.put("gestoptOp", "Het stoppen is al vastgelegd.");
        } else if (datum == null) {
            fouten.put("gestoptOp", "Vul de datum in waarop het huishouden stopte.");
        } else if (datum.isAfter(LocalDate.now(clock))) {
            fouten.put("gestoptOp", "De datum ligt in de toekomst.");
        } else if (datum.isBefore(signaal.uitkomstDatum())) {
            fouten.put("gestoptOp", "De datum ligt vóór de dag waarop de hulp werd aangenomen.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("update vroegsignaal set gestopt_op = ?, version = version + 1 where id = ? and gemeente_code = ?").params(datum, id, wie.gemeenteCode()).update();
        dossierLog.vastleggen(wie, wie.gemeenteCode(), betrokkenen(wie.gemeenteCode(), signaal.huishoudenId(), signaal.persoonBsn()),
                Dossierdeel.HULPVRAAG, Handeling.WIJZIGEN, GRONDSLAG);
        return lees(wie, id);
    }

    /**
     * Whether a household has a signal of debts that is still kept: the case page then asks the regisseur's plan for the
     * levensgebied Financiën. Says yes or no only, nothing of the signal; logged as a look at the household's signals.
     */
    @Transactional(readOnly = true)
    public boolean heeftSchuldsignaal(Gebruiker wie, long huishoudenId) {
        if (!wie.isMedewerker()) {
            throw new AccessDeniedException("Alleen medewerkers van het sociaal team");
        }
        List<String> bsns = jdbc.sql("select persoon_bsn from vroegsignaal where gemeente_code = ? and huishouden_id = ? and gewist_op is null")
                .params(wie.gemeenteCode(), huishoudenId).query((rs, i) -> rs.getString(1)).list();
        if (bsns.isEmpty()) {
            return false;
        }
        Collection<String> betrokken = bsns.stream().allMatch(b -> b != null) ? new LinkedHashSet<>(bsns)
                : betrokkenen(wie.gemeenteCode(), huishoudenId, null);
        dossierLog.vastleggen(wie, wie.gemeenteCode(), betrokken, Dossierdeel.HULPVRAAG, Handeling.INZIEN, GRONDSLAG);
        return true;
    }

    private boolean magZien(Gebruiker wie) {
        if (wie.is(Rol.TEAMLEIDER)) {
            return true;
        }
        return wie.is(Rol.CONSULENT) && wie.teamId() != null && wie.teamId() == gemeenten.teamVoor(wie.gemeenteCode(), Doelgroep.WMO).id();
    }

    /** Only the Wmo-team's professionals and the teamleider of the municipality work with signals. */
    public void wmoTeam(Gebruiker wie) {
        if (!magZien(wie)) {
            throw new AccessDeniedException("Alleen het Wmo-team en de teamleider werken met signalen van schulden");
        }
    }
}
