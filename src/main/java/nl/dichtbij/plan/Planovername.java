package nl.dichtbij.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.Overname;
import nl.dichtbij.regie.Zaakovername;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking over a household's agreed plan from the municipality's previous system (docs/decisions/0021): version 1, agreed on
 * the day it was agreed there, with its goals and actions. History is not news: no event is published. A conversion takes
 * over one source ({@code bron}, the plan version's author) in one transaction: when any plan of that source is there, the
 * source is there.
 */
@Service
public class Planovername {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    public record OvergenomenPlan(String gemeenteCode, long zaakId, long huishoudenId, String bron, String opgesteldDoorNaam, Instant akkoordOp,
                                  String akkoordDoorNaam, List<OvergenomenDoel> doelen) {
    }

    /** A goal; one that ended has its outcome and the day it ended (both or neither). */
    public record OvergenomenDoel(String omschrijving, String persoonBsn, Levensgebied levensgebied, Regeling regeling, int evaluatieMaanden,
                                  List<OvergenomenActie> acties, Doeluitkomst uitkomst, LocalDate beeindigdOp) {

        public OvergenomenDoel(String omschrijving, String persoonBsn, Levensgebied levensgebied, Regeling regeling, int evaluatieMaanden,
                               List<OvergenomenActie> acties) {
            this(omschrijving, persoonBsn, levensgebied, regeling, evaluatieMaanden, acties, null, null);
        }
    }

    /** An action; {@code interventieId} an intervention of the municipality's register it names, or null. */
    public record OvergenomenActie(String omschrijving, Uitvoerder uitvoerder, LocalDate vanaf, Long interventieId) {

        public OvergenomenActie(String omschrijving, Uitvoerder uitvoerder, LocalDate vanaf) {
            this(omschrijving, uitvoerder, vanaf, null);
        }
    }

    private final JdbcClient jdbc;
    private final Zaakovername zaken;
    private final Clock clock;

    Planovername(JdbcClient jdbc, Zaakovername zaken, Clock clock) {
        this.jdbc = jdbc;
        this.zaken = zaken;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean overgenomenUit(String gemeenteCode, String bron) {
        return jdbc.sql("select count(*) from plan_versie v join plan p on p.id = v.plan_id where p.gemeente_code = ? and v.door = ?")
                .params(gemeenteCode, bron).query(Long.class).single() > 0;
    }

    /** @return the plan's id */
    @Transactional
    public long overnemen(OvergenomenPlan p) {
        controleer(p);
        Timestamp akkoord = Timestamp.from(p.akkoordOp());
        long plan = invoegen(jdbc.sql("""
                        insert into plan (gemeente_code, zaak_id, huishouden_id, versienummer, gewijzigd_door_naam, gewijzigd_op, akkoord_versie,
                            akkoord_op, akkoord_door_naam) values (?, ?, ?, 1, ?, ?, 1, ?, ?)""")
                .params(p.gemeenteCode(), p.zaakId(), p.huishoudenId(), p.opgesteldDoorNaam(), akkoord, akkoord, p.akkoordDoorNaam()));
        jdbc.sql("insert into plan_versie (plan_id, versienummer, door, door_naam, op, wijziging) values (?, 1, ?, ?, ?, 'Plan opgesteld')")
                .params(plan, p.bron(), p.opgesteldDoorNaam(), akkoord).update();
        LocalDate dag = LocalDate.ofInstant(p.akkoordOp(), NEDERLAND);
        for (OvergenomenDoel d : p.doelen()) {
            long doel = invoegen(jdbc.sql("""
                            insert into doel (plan_id, gemeente_code, omschrijving, persoon_bsn, levensgebied, regeling, evaluatie_maanden,
                                volgende_evaluatie, actief, uitkomst, beeindigd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(plan, p.gemeenteCode(), d.omschrijving(), d.persoonBsn(), d.levensgebied().name(), d.regeling().name(), d.evaluatieMaanden(),
                            dag.plusMonths(d.evaluatieMaanden()), d.uitkomst() == null, d.uitkomst() == null ? null : d.uitkomst().name(),
                            d.beeindigdOp()));
            for (OvergenomenActie a : d.acties()) {
                jdbc.sql("insert into actie (doel_id, gemeente_code, omschrijving, uitvoerder, vanaf, actief, interventie_id) values (?, ?, ?, ?, ?, true, ?)")
                        .params(doel, p.gemeenteCode(), a.omschrijving(), a.uitvoerder().name(), a.vanaf(), a.interventieId()).update();
            }
        }
        return plan;
    }

    private void controleer(OvergenomenPlan p) {
        Overname check = new Overname().verplicht(p.gemeenteCode(), "gemeente", "De gemeente")
                .verplicht(p.bron(), "bron", "De bron")
                .verplicht(p.opgesteldDoorNaam(), "opgesteldDoorNaam", "Wie het plan opstelde")
                .verplicht(p.akkoordOp(), "akkoordOp", "Het moment van akkoord")
                .verplicht(p.akkoordDoorNaam(), "akkoordDoorNaam", "Wie akkoord gaf")
                .nietNa(p.akkoordOp(), clock.instant(), "akkoordOp", "Het moment van akkoord")
                .als(p.doelen() == null || p.doelen().isEmpty(), "doelen", "Een plan heeft minstens één doel.")
                .als(p.gemeenteCode() != null && !zaken.hoortBij(p.gemeenteCode(), p.zaakId(), p.huishoudenId()), "zaakId",
                        "Deze zaak is niet van dit huishouden in deze gemeente.")
                .als(jdbc.sql("select count(*) from plan where zaak_id = ?").param(p.zaakId()).query(Long.class).single() > 0,
                        "zaakId", "Deze zaak heeft al een plan: één plan per huishouden.");
        for (OvergenomenDoel d : p.doelen() == null ? List.<OvergenomenDoel>of() : p.doelen()) {
            check.verplicht(d.omschrijving(), "doel", "De omschrijving van een doel")
                    .verplicht(d.levensgebied(), "levensgebied", "Het levensgebied van een doel")
                    .verplicht(d.regeling(), "regeling", "De regeling van een doel")
                    .als(d.evaluatieMaanden() < 1 || d.evaluatieMaanden() > 24, "evaluatieMaanden", "Evalueer een doel binnen 1 tot 24 maanden.")
                    .als(d.acties() == null || d.acties().stream().anyMatch(a -> a.omschrijving() == null || a.omschrijving().isBlank() || a.uitvoerder() == null),
                            "acties", "Een actie heeft een omschrijving en wie hem uitvoert.");
        }
        check.weigerBijFouten();
    }

    private static long invoegen(JdbcClient.StatementSpec sql) {
        var sleutel = new GeneratedKeyHolder();
        sql.update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }
}
