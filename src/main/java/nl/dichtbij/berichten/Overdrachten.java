package nl.dichtbij.berichten;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Contracten.Afspraak;
import nl.dichtbij.aanbod.Contracten.Contract;
import nl.dichtbij.berichten.internal.Overdrachtregels;
import nl.dichtbij.berichten.internal.Overdrachtregels.Beoordeling;
import nl.dichtbij.berichten.internal.Toewijzingberichten;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.gemeente.Contactgegevens;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Bedrag;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaken;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk transfer at a contract's end (issue 16). Beleid of a municipality the contract applies to (a regional contract:
 * each municipality for its own residents) chooses a successor with a contract on the day after the last day, looks at what
 * would happen to each running toewijzing ({@link Overdrachtregels}), prepares the transfer and carries it out: the old
 * toewijzing ends on the last day with RedenWijziging 03 (Contractwijziging) and goes to the old provider in a 301, a new
 * toewijzing with the same product and omvang goes to the successor in a 301, and the household reads in Mijn Dichtbij who
 * takes over. As long as no provider collected one of those messages, beleid can undo it all: the messages are taken back,
 * the old toewijzingen are as they were, the new ones are withdrawn and the household is told. A prepared or carried-out
 * transfer holds its toewijzingen (a unique key), and every step raises the transfer's version: two people cannot both do it.
 */
@Service
public class Overdrachten {

    private static final String KOP = """
            select id, gemeente_code, contract_id, contract_kenmerk, standaard, laatste_dag, aanbieder_agb, aanbieder_naam, opvolger_agb,
                   opvolger_naam, status, versie, voorbereid_door, voorbereid_op, uitgevoerd_door, uitgevoerd_op, ongedaan_door, ongedaan_op
            from overdracht\s""";

    private final JdbcClient jdbc;
    private final Contracten contracten;
    private final Aanbod aanbod;
    private final Toewijzingen toewijzingen;
    private final Toewijzingberichten berichten;
    private final Postvak postvak;
    private final PersonenRegister register;
    private final Zaken zaken;
    private final Contactgegevens contactgegevens;
    private final Clock clock;

    Overdrachten(JdbcClient jdbc, Contracten contracten, Aanbod aanbod, Toewijzingen toewijzingen, Toewijzingberichten berichten, Postvak postvak,
                 PersonenRegister register, Zaken zaken, Contactgegevens contactgegevens, Clock clock) {
        this.jdbc = jdbc;
        this.contracten = contracten;
        this.aanbod = aanbod;
        this.toewijzingen = toewijzingen;
        this.berichten = berichten;
        this.postvak = postvak;
        this.register = register;
        this.zaken = zaken;
        this.contactgegevens = contactgegevens;
        this.clock = clock;
    }

    public enum Status {
        VOORBEREID("Klaar om uit te voeren"), UITGEVOERD("Uitgevoerd"), ONGEDAAN("Ongedaan gemaakt"), AFGEZIEN("Niet uitgevoerd");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A provider that can take over: contracted under the law in the municipality on the day of transfer, with its products. */
    public record Opvolger(String agb, String naam, List<String> producten) {
    }

    /**
     * One toewijzing in a preview or a transfer: its number, product, omvang and end, never whose it is (beleid sees numbers
     * only). {@code einddatum} is the end it had before the transfer.
     */
    public record Regel(long toewijzingId, long toewijzingNummer, String product, String omvang, LocalDate ingangsdatum,
                        LocalDate einddatum, boolean overdraagbaar, String uitleg, String opvolgerKenmerk, String tarief,
                        Long nieuweToewijzingNummer) {

        public String looptTot() {
            return einddatum == null ? "Geen einddatum" : Formaat.lang(einddatum);
        }
    }

    /** The order of the rows on the pages: by product, then by end date (none last), then by number. */
    static final java.util.Comparator<Regel> VOLGORDE = java.util.Comparator.comparing(Regel::product)
            .thenComparing(Regel::einddatum, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparingLong(Regel::toewijzingNummer);

    /** What the preview page shows; {@code waarom} says why nothing can be transferred (no end date, no messages for this law). */
    public record Voorbeeld(Contract contract, LocalDate laatsteDag, LocalDate overgangsdag, List<Opvolger> opvolgers, Opvolger gekozen,
                            List<Regel> regels, List<Kop> overdrachten, String waarom) {

        public long aantalOver() {
            return regels.stream().filter(Regel::overdraagbaar).count();
        }

        public Optional<Kop> voorbereid() {
            return overdrachten.stream().filter(k -> k.status() == Status.VOORBEREID).findFirst();
        }

        /**
         * Why the choice {@code opvolgerAgb} is no successor: none chosen, or one without a contract on the day of transfer;
         * empty when it is one, or when there is nothing to choose (no successor at all, or nothing can be transferred).
         */
        public Optional<OngeldigeInvoerException> keuzeFout(String opvolgerAgb) {
            if (waarom != null || opvolgers.isEmpty() || gekozen != null) {
                return Optional.empty();
            }
            return Optional.of(Overdrachten.keuzeFout(contract, overgangsdag, opvolgerAgb));
        }
    }

    /** A transfer as stored. */
    public record Kop(long id, String gemeenteCode, long contractId, String kenmerk, Standaard standaard, LocalDate laatsteDag,
                      String aanbiederAgb, String aanbiederNaam, String opvolgerAgb, String opvolgerNaam, Status status, int versie,
                      String voorbereidDoor, Instant voorbereidOp, String uitgevoerdDoor, Instant uitgevoerdOp, String ongedaanDoor,
                      Instant ongedaanOp) {

        public LocalDate overgangsdag() {
            return Overdrachtregels.overgangsdag(laatsteDag);
        }

        /** Who did what when: prepared, and carried out, undone or dropped. */
        public String verloop() {
            StringBuilder uit = new StringBuilder("voorbereid op " + Formaat.tijdstip(voorbereidOp) + " door " + voorbereidDoor);
            if (uitgevoerdOp != null) {
                uit.append(", uitgevoerd op ").append(Formaat.tijdstip(uitgevoerdOp)).append(" door ").append(uitgevoerdDoor);
            }
            if (ongedaanOp != null) {
                uit.append(status == Status.AFGEZIEN ? ", niet uitgevoerd (" : ", ongedaan gemaakt (").append(Formaat.tijdstip(ongedaanOp))
                        .append(" door ").append(ongedaanDoor).append(")");
            }
            return uit.toString();
        }
    }

    /** A transfer with its toewijzingen and how many of its messages the providers collected. */
    public record Stand(Kop kop, List<Regel> regels, int berichten, int opgehaald) {

        public long aantalOver() {
            return regels.stream().filter(Regel::overdraagbaar).count();
        }

        public boolean uitTeVoeren() {
            return kop.status() == Status.VOORBEREID;
        }

        public boolean ongedaanTeMaken() {
            return kop.status() == Status.VOORBEREID || (kop.status() == Status.UITGEVOERD && opgehaald == 0);
        }

        /** Undone after it was carried out, or dropped before: nothing moved. */
        public boolean afgesloten() {
            return kop.status() == Status.ONGEDAAN || kop.status() == Status.AFGEZIEN;
        }

        /** The heading of the list of toewijzingen. */
        public String kopTabel() {
            return switch (kop.status()) {
                case ONGEDAAN, AFGEZIEN -> regels.size() == 1 ? "1 toewijzing in deze overdracht" : regels.size() + " toewijzingen in deze overdracht";
                case UITGEVOERD -> "Toewijzingen (" + aantalOver() + " gingen over, " + (regels.size() - aantalOver()) + " niet)";
                case VOORBEREID -> "Toewijzingen (" + aantalOver() + " gaan over, " + (regels.size() - aantalOver()) + " niet)";
            };
        }

        /** The heading of the column with the end date: after a carried-out transfer it is the end before the transfer. */
        public String kolomEinde() {
            return kop.status() == Status.UITGEVOERD ? "Einddatum vóór de overdracht" : "Loopt tot";
        }

        /**
         * For an undone or dropped transfer, what it means now: the toewijzingen run on with the old provider as before (who
         * undid it and when is in the details above, once).
         */
        public String ongedaanTekst() {
            if (!afgesloten()) {
                return null;
            }
            if (kop.status() == Status.AFGEZIEN) {
                return "Deze overdracht is niet uitgevoerd. Er is niets verstuurd. De toewijzingen lopen bij " + Formaat.zin(kop.aanbiederNaam())
                        + " Ze lopen tot de einddatum die ze al hadden.";
            }
            return "De toewijzingen lopen weer bij " + kop.aanbiederNaam() + ", tot de einddatum die ze eerst hadden. De nieuwe toewijzingen voor "
                    + kop.opvolgerNaam() + " zijn ingetrokken voordat " + kop.opvolgerNaam() + " ze ophaalde.";
        }
    }

    // ---- reading

    /** The preview: the running toewijzingen of the contract's provider and, with a successor chosen, what happens to each. */
    @Transactional(readOnly = true)
    public Voorbeeld voorbeeld(Gebruiker beleid, long contractId, String opvolgerAgb) {
        Contract c = contracten.contract(beleid, contractId);
        List<Kop> eerder = overdrachten(beleid.gemeenteCode(), contractId);
        Optional<String> waarom = waarom(c);
        if (waarom.isPresent()) {
            return new Voorbeeld(c, c.einddatum(), c.einddatum() == null ? null : Overdrachtregels.overgangsdag(c.einddatum()), List.of(), null,
                    List.of(), eerder, waarom.get());
        }
        LocalDate dag = Overdrachtregels.overgangsdag(c.einddatum());
        List<Opvolger> opvolgers = opvolgers(c, beleid.gemeenteCode(), dag);
        Opvolger gekozen = opvolgers.stream().filter(o -> o.agb().equals(opvolgerAgb)).findFirst().orElse(null);
        List<Beoordeeld> beoordeeld = beoordelen(beleid, c, gekozen);
        List<Regel> regels = beoordeeld.stream().map(b -> regel(b.toewijzing(), b.beoordeling().overdraagbaar(), b.beoordeling().uitleg(),
                b.afspraak().map(Afspraak::kenmerk).orElse(null), b.afspraak().map(a -> tarief(a.tarief() == null ? null : a.tarief().tariefCenten(),
                        a.tarief() == null ? null : a.tarief().eenheid())).orElse(null), null, b.toewijzing().einddatum())).sorted(VOLGORDE).toList();
        return new Voorbeeld(c, c.einddatum(), dag, opvolgers, gekozen, regels, eerder, null);
    }

    @Transactional(readOnly = true)
    public Stand stand(Gebruiker beleid, long contractId, long id) {
        Contract c = contracten.contract(beleid, contractId);
        Kop kop = kop(beleid.gemeenteCode(), c.id(), id);
        record Rij(long toewijzingId, boolean overdraagbaar, String uitleg, String kenmerk, Long tariefCenten, String eenheid, LocalDate vorigeEinde,
                   Long nieuweId, Long berichtOud, Long berichtNieuw) {
        }
        List<Rij> rijen = jdbc.sql("""
                        select toewijzing_id, overdraagbaar, uitleg, opvolger_kenmerk, tarief_centen, tarief_eenheid, vorige_einddatum,
                               nieuwe_toewijzing_id, bericht_oud_id, bericht_nieuw_id
                        from overdracht_regel where overdracht_id = ? and gemeente_code = ? order by overdraagbaar desc, id""")
                .params(id, beleid.gemeenteCode())
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getObject(5, Long.class),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, Long.class), rs.getObject(9, Long.class),
                        rs.getObject(10, Long.class)))
                .list();
        List<Toewijzing> oud = rijen.stream().map(r -> toewijzingen.toewijzing(r.toewijzingId()).orElseThrow()).toList();
        List<Regel> regels = new ArrayList<>();
        Set<Long> berichtIds = new java.util.HashSet<>();
        for (int i = 0; i < rijen.size(); i++) {
            Rij r = rijen.get(i);
            Toewijzing t = oud.get(i);
            Long nieuwNummer = r.nieuweId() == null ? null : toewijzingen.toewijzing(r.nieuweId()).map(Toewijzing::toewijzingNummer).orElse(null);
            LocalDate einde = r.vorigeEinde() != null || r.nieuweId() != null ? r.vorigeEinde() : t.einddatum();
            String uitleg = r.uitleg();
            if (kop.status() == Status.ONGEDAAN || kop.status() == Status.AFGEZIEN) {
                String loopt = (kop.status() == Status.ONGEDAAN && r.nieuweId() != null ? "Loopt weer bij " : "Loopt bij ")
                        + (einde == null ? Formaat.zin(kop.aanbiederNaam()) + " Zonder einddatum." : kop.aanbiederNaam() + " tot en met "
                        + Formaat.lang(einde) + ".");
                uitleg = kop.status() == Status.ONGEDAAN && r.nieuweId() != null
                        ? loopt + " De nieuwe toewijzing " + nieuwNummer + " voor " + kop.opvolgerNaam() + " is ingetrokken."
                        : r.overdraagbaar() ? loopt : loopt + " Ging niet over. " + Formaat.zin(r.uitleg());
            }
            regels.add(regel(t, r.overdraagbaar() && !List.of(Status.ONGEDAAN, Status.AFGEZIEN).contains(kop.status()), uitleg, r.kenmerk(),
                    tarief(r.tariefCenten(), r.eenheid()), nieuwNummer, einde));
            if (r.berichtOud() != null) {
                berichtIds.add(r.berichtOud());
            }
            if (r.berichtNieuw() != null) {
                berichtIds.add(r.berichtNieuw());
            }
        }
        int opgehaald = kop.status() == Status.UITGEVOERD ? postvak.opgehaald(berichtIds).size() : 0;
        return new Stand(kop, regels.stream().sorted(VOLGORDE).toList(), berichtIds.size(), opgehaald);
    }

    // ---- preparing, carrying out, undoing

    /** Stores the transfer to the successor as the preview shows it; returns its id. Nothing is sent yet. */
    @Transactional
    public long voorbereiden(Gebruiker beleid, long contractId, String opvolgerAgb) {
        Contract c = contracten.contract(beleid, contractId);
        String gemeente = beleid.gemeenteCode();
        waarom(c).ifPresent(w -> {
            throw new OngeldigeInvoerException("opvolger", w);
        });
        LocalDate dag = Overdrachtregels.overgangsdag(c.einddatum());
        Opvolger gekozen = opvolgers(c, gemeente, dag).stream().filter(o -> o.agb().equals(opvolgerAgb)).findFirst()
                .orElseThrow(() -> keuzeFout(c, dag, opvolgerAgb));
        if (overdrachten(gemeente, contractId).stream().anyMatch(k -> k.status() == Status.VOORBEREID)) {
            throw alKlaar();
        }
        List<Beoordeeld> beoordeeld = beoordelen(beleid, c, gekozen);
        if (beoordeeld.isEmpty()) {
            throw new OngeldigeInvoerException("opvolger", "Er lopen geen toewijzingen van " + c.aanbiederNaam() + " door na "
                    + Formaat.lang(c.einddatum()) + ". Er valt niets over te dragen.");
        }
        if (beoordeeld.stream().noneMatch(b -> b.beoordeling().overdraagbaar())) {
            throw new OngeldigeInvoerException("opvolger", gekozen.naam() + " kan geen van deze toewijzingen overnemen. Kies een andere aanbieder.");
        }
        try {
            return opslaan(beleid, c, gekozen, beoordeeld);
        } catch (DataIntegrityViolationException e) {
            // someone else prepared a transfer of this contract, or of one of its toewijzingen, between the check and the insert
            throw alKlaar();
        }
    }

    private static OngeldigeInvoerException keuzeFout(Contract c, LocalDate dag, String opvolgerAgb) {
        return new OngeldigeInvoerException("opvolger", opvolgerAgb == null || opvolgerAgb.isBlank()
                ? "Kies de aanbieder die de hulp overneemt."
                : "Kies een aanbieder die op " + Formaat.lang(dag) + " een contract met uw gemeente heeft voor de " + c.wet().label() + ".");
    }

    private static OngeldigeInvoerException alKlaar() {
        return new OngeldigeInvoerException("opvolger", "Er staat al een overdracht van dit contract klaar. Voer die eerst uit of maak hem ongedaan.");
    }

    private long opslaan(Gebruiker beleid, Contract c, Opvolger gekozen, List<Beoordeeld> beoordeeld) {
        String gemeente = beleid.gemeenteCode();
        Instant nu = clock.instant();
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into overdracht (gemeente_code, contract_id, contract_kenmerk, standaard, laatste_dag, aanbieder_agb, aanbieder_naam,
                            opvolger_agb, opvolger_naam, status, open_contract_id, versie, voorbereid_door, voorbereid_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'VOORBEREID', ?, 0, ?, ?)""")
                .params(gemeente, c.id(), c.kenmerk(), Standaard.voor(c.wet()).name(), c.einddatum(), c.aanbiederAgb(), c.aanbiederNaam(),
                        gekozen.agb(), gekozen.naam(), c.id(), beleid.naam(), Timestamp.from(nu))
                .update(sleutel, "id");
        long id = sleutel.getKeyAs(Number.class).longValue();
        for (Beoordeeld b : beoordeeld) {
            Optional<Afspraak> a = b.afspraak();
            jdbc.sql("""
                            insert into overdracht_regel (overdracht_id, gemeente_code, toewijzing_id, overdraagbaar, uitleg,
                                opvolger_contract_id, opvolger_kenmerk, bekostigingsvorm, tarief_centen, tarief_eenheid, lopend)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, gemeente, b.toewijzing().id(), b.beoordeling().overdraagbaar(), kort(b.beoordeling().uitleg()),
                            a.map(Afspraak::contractId).orElse(null), a.map(Afspraak::kenmerk).orElse(null),
                            a.map(x -> x.bekostigingsvorm().name()).orElse(null),
                            a.map(x -> x.tarief() == null ? null : x.tarief().tariefCenten()).orElse(null),
                            a.map(x -> x.tarief() == null ? null : x.tarief().eenheid()).orElse(null),
                            b.beoordeling().overdraagbaar() ? "J" : null)
                    .update();
        }
        return id;
    }

    /**
     * Carries out a prepared transfer read at {@code versie}: per client one 301 to the old provider (the old toewijzingen end on
     * the last day, RedenWijziging 03) and one to the successor (the new toewijzingen), and a message to the household. A
     * toewijzing that changed since the preview so that it no longer moves stays where it is, with the reason.
     */
    @Transactional
    public Stand uitvoeren(Gebruiker beleid, long contractId, long id, int versie) {
        Contract c = contracten.contract(beleid, contractId);
        Kop kop = kop(beleid.gemeenteCode(), c.id(), id);
        if (kop.status() == Status.VOORBEREID && !kop.laatsteDag().equals(c.einddatum())) {
            // the last day decides when the old provider stops and the successor starts: never carry out what was prepared for another
            throw new OngeldigeInvoerException("einddatum", "Het contract heeft nu een andere einddatum ("
                    + (c.einddatum() == null ? "geen einddatum" : Formaat.lang(c.einddatum())) + ") dan toen de overdracht werd voorbereid ("
                    + Formaat.lang(kop.laatsteDag()) + "). Maak de overdracht ongedaan en bereid hem opnieuw voor.");
        }
        Instant nu = clock.instant();
        int geclaimd = jdbc.sql("""
                        update overdracht set status = 'UITGEVOERD', open_contract_id = null, versie = versie + 1, uitgevoerd_door = ?, uitgevoerd_op = ?
                        where id = ? and versie = ? and status = 'VOORBEREID'""")
                .params(beleid.naam(), Timestamp.from(nu), id, versie).update();
        if (geclaimd == 0) {
            throw intussen(kop);
        }
        LocalDate dag = kop.overgangsdag();
        Map<String, List<Toewijzing>> perClient = new LinkedHashMap<>();
        Map<Long, LocalDate> nieuwEinde = new java.util.HashMap<>();
        for (long toewijzingId : jdbc.sql("select toewijzing_id from overdracht_regel where overdracht_id = ? and lopend = 'J' order by id")
                .param(id).query(Long.class).list()) {
            Toewijzing t = toewijzingen.vastzetten(toewijzingId);
            Optional<Afspraak> afspraak = t.productcode() == null ? Optional.empty()
                    : contracten.afspraak(kop.gemeenteCode(), kop.opvolgerAgb(), kop.standaard().wet(), t.productcode(), dag);
            Beoordeling b = !t.aanbiederAgb().equals(kop.aanbiederAgb())
                    ? new Beoordeling(false, "De toewijzing hoort niet meer bij " + Formaat.zin(kop.aanbiederNaam()))
                    : blijftLopen(kop.gemeenteCode(), kop.aanbiederAgb(), kop.standaard().wet(), t, dag)
                    ? new Beoordeling(false, kop.aanbiederNaam() + " heeft op " + Formaat.lang(dag) + " een ander contract voor dit product en gaat door.")
                    : Overdrachtregels.beoordeel(t, kop.laatsteDag(), kop.opvolgerNaam(), afspraak, einde(beleid, afspraak));
            if (!b.overdraagbaar()) {
                jdbc.sql("update overdracht_regel set overdraagbaar = false, lopend = null, uitleg = ? where overdracht_id = ? and toewijzing_id = ?")
                        .params(kort("Na het voorbereiden veranderd: " + b.uitleg()), id, t.id()).update();
                continue;
            }
            perClient.computeIfAbsent(t.persoonBsn(), k -> new ArrayList<>()).add(t);
            nieuwEinde.put(t.id(), Overdrachtregels.nieuweEinddatum(t, einde(beleid, afspraak)));
        }
        Timestamp moment = Timestamp.from(nu);
        for (List<Toewijzing> vanClient : perClient.values()) {
            List<Long> oudeIds = new ArrayList<>();
            List<Long> nieuweIds = new ArrayList<>();
            for (Toewijzing t : vanClient) {
                jdbc.sql("""
                                update overdracht_regel set vorige_einddatum = ?, vorige_reden_wijziging = ?, vorige_toegewezen_op = ?
                                where overdracht_id = ? and toewijzing_id = ?""")
                        .params(t.einddatum(), t.redenWijziging(), Timestamp.from(t.toegewezenOp()), id, t.id()).update();
                jdbc.sql("update toewijzing set einddatum = ?, reden_wijziging = '03', toegewezen_op = ? where id = ?")
                        .params(kop.laatsteDag(), moment, t.id()).update();
                oudeIds.add(t.id());
                long nieuw = toewijzingen.nieuw(new Toewijzingen.Nieuw(t.gemeenteCode(), t.standaard(), t.beschikkingId(), t.zaakId(), t.persoonBsn(),
                        kop.opvolgerAgb(), kop.opvolgerNaam(), t.productcategorie(), t.productcode(), t.productOmschrijving(), dag,
                        nieuwEinde.get(t.id()), t.volume(), t.eenheid(), t.frequentie(), t.budgetCenten(), null,
                        toewijzingen.verwijzer(t.id()).orElse(null)));
                nieuweIds.add(nieuw);
                jdbc.sql("update overdracht_regel set nieuwe_toewijzing_id = ?, nieuwe_einddatum = ? where overdracht_id = ? and toewijzing_id = ?")
                        .params(nieuw, nieuwEinde.get(t.id()), id, t.id()).update();
            }
            long berichtOud = berichten.verstuur(toewijzingen.toewijzing(oudeIds.getFirst()).orElseThrow(), oudeIds);
            long berichtNieuw = berichten.verstuur(toewijzingen.toewijzing(nieuweIds.getFirst()).orElseThrow(), nieuweIds);
            jdbc.sql("update overdracht_regel set bericht_oud_id = :oud, bericht_nieuw_id = :nieuw where overdracht_id = :id and toewijzing_id in (:ids)")
                    .param("oud", berichtOud).param("nieuw", berichtNieuw).param("id", id).param("ids", oudeIds).update();
            Toewijzing eerste = vanClient.getFirst();
            if (eerste.zaakId() != null) {
                List<LocalDate> eindes = vanClient.stream().map(t -> nieuwEinde.get(t.id())).toList();
                zaken.berichtAanHuishouden(eerste.zaakId(), eerste.persoonBsn(), overgangsbericht(kop, vanClient, eindes));
            }
        }
        return stand(beleid, contractId, id);
    }

    /**
     * Undoes a transfer read at {@code versie}. Prepared only: it is dropped, nothing was sent. Carried out: as long as no
     * provider collected one of its messages, the messages are taken back, the old toewijzingen are as they were, the new ones
     * are withdrawn (RedenWijziging 13, never sent) and each household reads that nothing changes. Refused once a message was
     * collected: then the providers know, and a change goes through the decision.
     */
    @Transactional
    public Stand ongedaanMaken(Gebruiker beleid, long contractId, long id, int versie) {
        Contract c = contracten.contract(beleid, contractId);
        Kop kop = kop(beleid.gemeenteCode(), c.id(), id);
        Timestamp nu = Timestamp.from(clock.instant());
        if (kop.status() == Status.VOORBEREID) {
            int geclaimd = jdbc.sql("""
                            update overdracht set status = 'AFGEZIEN', open_contract_id = null, versie = versie + 1, ongedaan_door = ?, ongedaan_op = ?
                            where id = ? and versie = ? and status = 'VOORBEREID'""")
                    .params(beleid.naam(), nu, id, versie).update();
            if (geclaimd == 0) {
                throw intussen(kop);
            }
            jdbc.sql("update overdracht_regel set lopend = null where overdracht_id = ?").param(id).update();
            return stand(beleid, contractId, id);
        }
        int geclaimd = jdbc.sql("""
                        update overdracht set status = 'ONGEDAAN', versie = versie + 1, ongedaan_door = ?, ongedaan_op = ?
                        where id = ? and versie = ? and status = 'UITGEVOERD'""")
                .params(beleid.naam(), nu, id, versie).update();
        if (geclaimd == 0) {
            throw intussen(kop);
        }
        record Uitgevoerd(long oudId, long nieuwId, LocalDate vorigeEinde, String vorigeReden, Timestamp vorigToegewezen, Long berichtOud,
                          Long berichtNieuw, LocalDate nieuwEinde) {
        }
        List<Uitgevoerd> uitgevoerd = jdbc.sql("""
                        select toewijzing_id, nieuwe_toewijzing_id, vorige_einddatum, vorige_reden_wijziging, vorige_toegewezen_op, bericht_oud_id,
                               bericht_nieuw_id, nieuwe_einddatum
                        from overdracht_regel where overdracht_id = ? and nieuwe_toewijzing_id is not null order by id""")
                .param(id).query((rs, i) -> new Uitgevoerd(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getTimestamp(5), rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getObject(8, LocalDate.class)))
                .list();
        Set<Long> berichtIds = new java.util.HashSet<>();
        uitgevoerd.forEach(u -> {
            berichtIds.add(u.berichtOud());
            berichtIds.add(u.berichtNieuw());
        });
        berichtIds.remove(null);
        // first claim and look at every toewijzing: one that changed after the transfer is known to a provider in another way
        List<Toewijzing[]> paren = new ArrayList<>();
        for (Uitgevoerd u : uitgevoerd) {
            Toewijzing oud = toewijzingen.vastzetten(u.oudId());
            Toewijzing nieuw = toewijzingen.vastzetten(u.nieuwId());
            if (!"03".equals(oud.redenWijziging()) || !kop.laatsteDag().equals(oud.einddatum()) || nieuw.verwijderd()
                    || nieuw.levering() != Levering.NIET_GESTART) {
                throw new OngeldigeInvoerException("ongedaan", "Deze overdracht kan niet meer ongedaan worden gemaakt: toewijzing "
                        + oud.toewijzingNummer() + " is na de overdracht nog gewijzigd. Wijzig de toewijzing via het besluit.");
            }
            boolean anderBericht = u.berichtNieuw() != null && jdbc.sql("""
                            select count(*) from uitgaand_bericht where gemeente_code = ? and aanbieder_agb = ? and persoon_bsn = ? and id > ?""")
                    .params(nieuw.gemeenteCode(), nieuw.aanbiederAgb(), nieuw.persoonBsn(), u.berichtNieuw()).query(Long.class).single() > 0;
            if (nieuw.redenWijziging() != null || !Objects.equals(nieuw.einddatum(), u.nieuwEinde()) || anderBericht) {
                throw new OngeldigeInvoerException("ongedaan", "Deze overdracht kan niet meer ongedaan worden gemaakt: de nieuwe toewijzing "
                        + nieuw.toewijzingNummer() + " is na de overdracht nog gewijzigd of opnieuw naar " + kop.opvolgerNaam() + " gestuurd. "
                        + kop.opvolgerNaam() + " weet er dus van. Moet er toch iets veranderen? Wijzig dan de toewijzing via het besluit.");
            }
            paren.add(new Toewijzing[] {oud, nieuw});
        }
        if (!postvak.intrekken(berichtIds)) {
            throw new OngeldigeInvoerException("ongedaan", "Deze overdracht kan niet meer ongedaan worden gemaakt: een aanbieder heeft een bericht "
                    + "ervan al opgehaald. De aanbieders weten dus van de overstap. Moet er toch iets veranderen? Wijzig dan de toewijzing via het besluit.");
        }
        Map<String, List<Toewijzing>> perClient = new LinkedHashMap<>();
        for (int i = 0; i < uitgevoerd.size(); i++) {
            Uitgevoerd u = uitgevoerd.get(i);
            Toewijzing oud = paren.get(i)[0];
            Toewijzing nieuw = paren.get(i)[1];
            jdbc.sql("update toewijzing set einddatum = ?, reden_wijziging = ?, toegewezen_op = ? where id = ?")
                    .params(u.vorigeEinde(), u.vorigeReden(), u.vorigToegewezen(), oud.id()).update();
            // withdrawn before it started, as a withdrawn decision does; its 301 never left the postvak, so no new one goes and no
            // ToewijzingVerzonden: the household reads below that the change is undone, in words that fit (Toewijzingen.voortgang)
            jdbc.sql("update toewijzing set einddatum = ingangsdatum, reden_wijziging = '13', toegewezen_op = ? where id = ?")
                    .params(nu, nieuw.id()).update();
            perClient.computeIfAbsent(oud.persoonBsn(), k -> new ArrayList<>()).add(toewijzingen.toewijzing(oud.id()).orElseThrow());
        }
        jdbc.sql("update overdracht_regel set lopend = null where overdracht_id = ?").param(id).update();
        for (List<Toewijzing> vanClient : perClient.values()) {
            Toewijzing eerste = vanClient.getFirst();
            if (eerste.zaakId() != null) {
                zaken.berichtAanHuishouden(eerste.zaakId(), eerste.persoonBsn(), terugBericht(kop, c.einddatum(), vanClient));
            }
        }
        return stand(beleid, contractId, id);
    }

    // ---- inside

    private record Beoordeeld(Toewijzing toewijzing, Beoordeling beoordeling, Optional<Afspraak> afspraak) {
    }

    /**
     * What happens to each running toewijzing of the contract's provider. A toewijzing whose provider still has another contract
     * for the product on the day of transfer is left out: the provider goes on with it under that contract.
     */
    private List<Beoordeeld> beoordelen(Gebruiker beleid, Contract c, Opvolger gekozen) {
        String gemeente = beleid.gemeenteCode();
        LocalDate laatste = c.einddatum();
        LocalDate dag = Overdrachtregels.overgangsdag(laatste);
        List<Toewijzing> lopend = lopend(c, gemeente).stream()
                .filter(t -> !blijftLopen(gemeente, c.aanbiederAgb(), c.wet(), t, dag)).toList();
        Set<Long> alInOverdracht = lopend.isEmpty() ? Set.of() : Set.copyOf(jdbc.sql(
                        "select toewijzing_id from overdracht_regel where lopend = 'J' and toewijzing_id in (:ids)")
                .param("ids", lopend.stream().map(Toewijzing::id).toList()).query(Long.class).list());
        Map<Long, LocalDate> contracteinde = new java.util.HashMap<>();
        List<Beoordeeld> uit = new ArrayList<>();
        for (Toewijzing t : lopend) {
            if (gekozen == null) {
                uit.add(new Beoordeeld(t, new Beoordeling(false, "Kies eerst de aanbieder die de hulp overneemt."), Optional.empty()));
                continue;
            }
            Optional<Afspraak> afspraak = t.productcode() == null ? Optional.empty()
                    : contracten.afspraak(gemeente, gekozen.agb(), c.wet(), t.productcode(), dag);
            LocalDate opvolgerEinde = afspraak.map(a -> contracteinde.computeIfAbsent(a.contractId(),
                    k -> Optional.ofNullable(einde(beleid, afspraak)).orElse(LocalDate.MAX))).filter(d -> !d.equals(LocalDate.MAX)).orElse(null);
            Beoordeling b = alInOverdracht.contains(t.id())
                    ? new Beoordeling(false, "Deze toewijzing zit al in een andere overdracht. Maak die eerst ongedaan.")
                    : Overdrachtregels.beoordeel(t, laatste, gekozen.naam(), afspraak, opvolgerEinde);
            uit.add(new Beoordeeld(t, b, afspraak));
        }
        return uit;
    }

    /** Does the toewijzing's provider have another contract for its product on the day of transfer? Then it just goes on. */
    private boolean blijftLopen(String gemeente, String agb, Wet wet, Toewijzing t, LocalDate dag) {
        return t.productcode() != null && contracten.afspraak(gemeente, agb, wet, t.productcode(), dag).isPresent();
    }

    /** The last day of the successor's contract (null: none), past which a new toewijzing does not run. */
    private LocalDate einde(Gebruiker beleid, Optional<Afspraak> afspraak) {
        return afspraak.map(a -> contracten.contract(beleid, a.contractId()).einddatum()).orElse(null);
    }

    /** The provider's toewijzingen in the municipality under the contract's law for its products that run beyond its last day. */
    private List<Toewijzing> lopend(Contract c, String gemeente) {
        List<String> producten = c.producten().stream().map(Contracten.Contractproduct::productcode).toList();
        if (producten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + Toewijzing.KOLOMMEN + """
                         from toewijzing where aanbieder_agb = :agb and gemeente_code = :g and standaard = :s and productcode in (:producten)
                          and (einddatum is null or einddatum > :laatste) and (reden_wijziging is null or reden_wijziging <> '13')
                        order by persoon_bsn, toewijzing_nummer""")
                .param("agb", c.aanbiederAgb()).param("g", gemeente).param("s", Standaard.voor(c.wet()).name()).param("producten", producten)
                .param("laatste", c.einddatum()).query(Toewijzing.RIJ).list();
    }

    private List<Opvolger> opvolgers(Contract c, String gemeente, LocalDate dag) {
        Map<String, Opvolger> perAgb = new LinkedHashMap<>();
        for (Contracten.Aanbieding a : contracten.aanbiedingen(gemeente, c.wet(), dag)) {
            if (a.aanbieder().agbCode().equals(c.aanbiederAgb())) {
                continue;
            }
            Opvolger o = perAgb.computeIfAbsent(a.aanbieder().agbCode(), agb -> new Opvolger(agb, a.aanbieder().naam(), new ArrayList<>()));
            if (!o.producten().contains(a.productcode())) {
                o.producten().add(a.productcode());
            }
        }
        return perAgb.values().stream().sorted(java.util.Comparator.comparing(Opvolger::naam))
                .map(o -> new Opvolger(o.agb(), o.naam(), List.copyOf(o.producten()))).toList();
    }

    private static Optional<String> waarom(Contract c) {
        if (c.wet() != Wet.JEUGDWET && c.wet() != Wet.WMO) {
            return Optional.of("Onder de " + c.wet().label() + " gaan er geen toewijzingen naar de aanbieder. Er valt niets over te dragen.");
        }
        if (c.einddatum() == null) {
            return Optional.of("Dit contract heeft geen einddatum. Beëindig eerst het contract; daarna kunt u de toewijzingen overdragen.");
        }
        return Optional.empty();
    }

    private List<Kop> overdrachten(String gemeente, long contractId) {
        return jdbc.sql(KOP + "where gemeente_code = ? and contract_id = ? order by id desc").params(gemeente, contractId).query((rs, i) -> kop(rs)).list();
    }

    private Kop kop(String gemeente, long contractId, long id) {
        return jdbc.sql(KOP + "where id = ? and gemeente_code = ? and contract_id = ?").params(id, gemeente, contractId).query((rs, i) -> kop(rs))
                .optional().orElseThrow(() -> new NietGevondenException("Overdracht " + id));
    }

    private static Kop kop(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Kop(rs.getLong("id"), rs.getString("gemeente_code"), rs.getLong("contract_id"), rs.getString("contract_kenmerk"),
                Standaard.valueOf(rs.getString("standaard")), rs.getObject("laatste_dag", LocalDate.class), rs.getString("aanbieder_agb"),
                rs.getString("aanbieder_naam"), rs.getString("opvolger_agb"), rs.getString("opvolger_naam"), Status.valueOf(rs.getString("status")),
                rs.getInt("versie"), rs.getString("voorbereid_door"), moment(rs, "voorbereid_op"), rs.getString("uitgevoerd_door"),
                moment(rs, "uitgevoerd_op"), rs.getString("ongedaan_door"), moment(rs, "ongedaan_op"));
    }

    private static Instant moment(java.sql.ResultSet rs, String kolom) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static OngeldigeInvoerException intussen(Kop kop) {
        return new OngeldigeInvoerException("versie", "Iemand anders heeft deze overdracht intussen uitgevoerd of ongedaan gemaakt. "
                + "Hieronder ziet u hoe hij er nu voor staat.");
    }

    private Regel regel(Toewijzing t, boolean over, String uitleg, String kenmerk, String tarief, Long nieuwNummer, LocalDate einde) {
        return new Regel(t.id(), t.toewijzingNummer(), t.product(), omvang(t), t.ingangsdatum(), einde, over, uitleg, kenmerk, tarief, nieuwNummer);
    }

    private String omvang(Toewijzing t) {
        if (t.volume() != null && t.eenheid() != null) {
            String eenheid = aanbod.code("WJ756", t.eenheid()).map(c -> c.omschrijving().toLowerCase()).orElse("eenheid " + t.eenheid());
            String frequentie = t.frequentie() == null ? "" : " " + aanbod.code("WMO757", t.frequentie()).map(c -> c.omschrijving().toLowerCase())
                    .orElse("frequentie " + t.frequentie());
            return t.volume() + " × " + eenheid + frequentie;
        }
        return t.budgetCenten() == null ? "Geen omvang" : "Budget " + Bedrag.tekst(BigDecimal.valueOf(t.budgetCenten(), 2));
    }

    private String tarief(Long centen, String eenheid) {
        if (centen == null) {
            return null;
        }
        return Bedrag.tekst(BigDecimal.valueOf(centen, 2)) + (eenheid == null ? "" : " per " + aanbod.code("WJ756", eenheid)
                .map(c -> c.omschrijving().toLowerCase()).orElse("eenheid " + eenheid));
    }

    /** "De hulp voor Anna": the household reads whom it is about; the first name, as the household knows the person. */
    private String hulpVoor(Kop kop, List<Toewijzing> vanClient) {
        Toewijzing t = vanClient.getFirst();
        String wie = register.persoon(kop.gemeenteCode(), t.persoonBsn()).map(Persoon::voornaam).filter(v -> v != null && !v.isBlank())
                .map(v -> "de hulp voor " + v).orElse("uw hulp");
        return wie + " (" + producten(vanClient) + ")";
    }

    private String overgangsbericht(Kop kop, List<Toewijzing> vanClient, List<LocalDate> nieuweEindes) {
        boolean zelfdeEinde = true;
        LocalDate vroegste = null;
        for (int i = 0; i < vanClient.size(); i++) {
            LocalDate e = nieuweEindes.get(i);
            zelfdeEinde &= Objects.equals(e, vanClient.get(i).einddatum());
            if (e != null && (vroegste == null || e.isBefore(vroegste))) {
                vroegste = e;
            }
        }
        String hulp = hulpVoor(kop, vanClient);
        return "Vanaf " + Formaat.lang(kop.overgangsdag()) + " geeft " + kop.opvolgerNaam() + " " + hulp + ". Tot en met "
                + Formaat.lang(kop.laatsteDag()) + " helpt " + kop.aanbiederNaam() + " nog. Dit komt doordat het contract van de gemeente met "
                + kop.aanbiederNaam() + " stopt. Aan de hulp zelf verandert niets: het is dezelfde hulp, even vaak"
                + (zelfdeEinde || vroegste == null ? ", en tot dezelfde datum. "
                : ". Wel loopt de hulp bij " + kop.opvolgerNaam() + " tot en met " + Formaat.lang(vroegste) + ", want dan stopt het contract van de "
                + "gemeente met " + Formaat.zin(kop.opvolgerNaam()) + " Voor die dag hoort u van ons hoe het daarna verder gaat. ")
                + "U hoeft niets te doen. " + kop.opvolgerNaam() + " neemt contact met u op. " + vragen(kop.gemeenteCode());
    }

    private String terugBericht(Kop kop, LocalDate contractEinde, List<Toewijzing> vanClient) {
        String hulp = hulpVoor(kop, vanClient);
        return "Eerder schreven wij dat " + kop.opvolgerNaam() + " " + hulp + " zou overnemen. Die wijziging hebben wij ongedaan gemaakt: "
                + kop.opvolgerNaam() + " neemt de hulp niet over. " + kop.aanbiederNaam()
                + (contractEinde == null ? " blijft de hulp geven. "
                : " blijft de hulp geven tot en met " + Formaat.lang(contractEinde) + ". Dat is de laatste dag van het contract van de gemeente met "
                + Formaat.zin(kop.aanbiederNaam()) + " Voor die dag hoort u van ons wie de hulp daarna geeft. ")
                + "U hoeft nu niets te doen. " + vragen(kop.gemeenteCode());
    }

    private String producten(List<Toewijzing> vanClient) {
        return vanClient.stream().map(t -> t.productOmschrijving() != null ? t.productOmschrijving().toLowerCase() : t.product()).distinct()
                .collect(Collectors.joining(" en "));
    }

    private String vragen(String gemeente) {
        return "Heeft u vragen? Neem contact op met uw contactpersoon bij het sociaal team"
                + contactgegevens.van(gemeente).map(c -> ", of bel de gemeente op " + c.telefoon() + ".").orElse(".");
    }

    private static String kort(String tekst) {
        return tekst.length() <= 500 ? tekst : tekst.substring(0, 497) + "...";
    }
}
