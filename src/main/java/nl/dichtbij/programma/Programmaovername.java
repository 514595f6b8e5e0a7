package nl.dichtbij.programma;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.dichtbij.platform.Overname;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking over a programme's projects with their past monthly reports, and past client surveys with their anonymous answers,
 * from where the municipality kept them before (docs/decisions/0021): reports as they were written, in their month, and a
 * survey as it was held (closed, or still open). Answers taken over have no BSN, so nobody is recorded as having taken part.
 */
@Service
public class Programmaovername {

    public record OvergenomenProject(String code, String naam, String doelen, String beoogdeResultaten, List<OvergenomenRapportage> rapportages) {
    }

    /** One monthly report: the four lights, what was achieved, the bottlenecks and the measures. */
    public record OvergenomenRapportage(YearMonth maand, Map<Aspect, Stoplicht> lichten, String behaald, String knelpunten, String maatregelen,
                                        String vastgelegdDoor, LocalDateTime vastgelegdOp) {
    }

    /** A survey of a year; {@code geslotenOp} null while it is open. Per respondent his scores (null: "weet ik niet"). */
    public record OvergenomenEnquete(int jaar, LocalDateTime geopendOp, LocalDateTime geslotenOp, List<Map<Vraag, Integer>> respondenten) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    Programmaovername(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean heeftProjecten(String gemeenteCode) {
        return jdbc.sql("select count(*) from programma_project where gemeente_code = ?").param(gemeenteCode).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public boolean heeftEnquetes(String gemeenteCode) {
        return jdbc.sql("select count(*) from enquete where gemeente_code = ?").param(gemeenteCode).query(Long.class).single() > 0;
    }

    /** Takes the projects over in this order (their order on the dashboard), each with its reports. */
    @Transactional
    public void projectenOvernemen(String gemeenteCode, List<OvergenomenProject> projecten) {
        controleer(gemeenteCode, projecten);
        int volgorde = jdbc.sql("select coalesce(max(volgorde), 0) from programma_project where gemeente_code = ?").param(gemeenteCode)
                .query(Integer.class).single();
        for (OvergenomenProject p : projecten) {
            jdbc.sql("insert into programma_project (gemeente_code, code, naam, doelen, beoogde_resultaten, volgorde) values (?, ?, ?, ?, ?, ?)")
                    .params(gemeenteCode, p.code(), p.naam(), p.doelen(), p.beoogdeResultaten(), ++volgorde).update();
            long id = jdbc.sql("select id from programma_project where gemeente_code = ? and code = ?").params(gemeenteCode, p.code())
                    .query(Long.class).single();
            template.batchUpdate("""
                    insert into programma_rapportage (gemeente_code, project_id, maand, resultaten, planning, financien, personeel,
                    behaalde_resultaten, knelpunten, maatregelen, vastgelegd_door, vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    p.rapportages().stream().map(r -> new Object[] {gemeenteCode, id, r.maand().atDay(1), r.lichten().get(Aspect.RESULTATEN).name(),
                            r.lichten().get(Aspect.PLANNING).name(), r.lichten().get(Aspect.FINANCIEN).name(), r.lichten().get(Aspect.PERSONEEL).name(),
                            r.behaald(), r.knelpunten(), r.maatregelen(), r.vastgelegdDoor(), r.vastgelegdOp()}).toList());
        }
    }

    @Transactional
    public void enqueteOvernemen(String gemeenteCode, OvergenomenEnquete e) {
        LocalDateTime nu = LocalDateTime.now(clock);
        new Overname().verplicht(gemeenteCode, "gemeente", "De gemeente").verplicht(e.respondenten(), "respondenten", "De antwoorden")
                .weigerBijFouten();
        new Overname().verplicht(e.geopendOp(), "geopendOp", "Het openen")
                .als(e.geopendOp() != null && e.geopendOp().isAfter(nu), "geopendOp", "Het openen ligt in de toekomst.")
                .als(e.geslotenOp() != null && (e.geslotenOp().isAfter(nu) || e.geopendOp() != null && e.geslotenOp().isBefore(e.geopendOp())),
                        "geslotenOp", "Het sluiten ligt tussen het openen en nu.")
                .als(e.jaar() < Enquetes.EERSTE_JAAR || e.jaar() > nu.getYear(), "jaar", "Het jaar ligt tussen " + Enquetes.EERSTE_JAAR + " en nu.")
                .als(jdbc.sql("select count(*) from enquete where gemeente_code = ? and jaar = ?").params(gemeenteCode, e.jaar()).query(Long.class).single() > 0,
                        "jaar", "Er is al een vragenlijst van " + e.jaar() + ".")
                .als(e.geslotenOp() == null && jdbc.sql("select count(*) from enquete where gemeente_code = ? and status = 'OPEN'").param(gemeenteCode)
                        .query(Long.class).single() > 0, "geslotenOp", "Er staat al een vragenlijst open; er kan er één tegelijk open staan.")
                .als(e.respondenten().stream().anyMatch(java.util.Objects::isNull), "respondenten", "Een respondent zonder antwoorden.")
                .als(e.respondenten().stream().filter(java.util.Objects::nonNull).flatMap(r -> r.values().stream()).anyMatch(s -> s != null && (s < 1 || s > 5)), "respondenten",
                        "Een score ligt tussen 1 en 5.")
                .weigerBijFouten();
        jdbc.sql("insert into enquete (gemeente_code, jaar, status, geopend_op, gesloten_op) values (?, ?, ?, ?, ?)")
                .params(gemeenteCode, e.jaar(), e.geslotenOp() == null ? "OPEN" : "GESLOTEN", e.geopendOp(), e.geslotenOp()).update();
        long id = jdbc.sql("select id from enquete where gemeente_code = ? and jaar = ?").params(gemeenteCode, e.jaar()).query(Long.class).single();
        List<Object[]> rijen = new ArrayList<>();
        for (Map<Vraag, Integer> respondent : e.respondenten()) {
            String respons = UUID.randomUUID().toString();
            for (Vraag vraag : Vraag.values()) {
                if (respondent.containsKey(vraag)) {
                    rijen.add(new Object[] {UUID.randomUUID().toString(), gemeenteCode, id, respons, vraag.name(), respondent.get(vraag)});
                }
            }
        }
        template.batchUpdate("insert into enquete_antwoord (id, gemeente_code, enquete_id, respons_id, vraag, score) values (?, ?, ?, ?, ?, ?)", rijen);
    }

    private void controleer(String gemeenteCode, List<OvergenomenProject> projecten) {
        YearMonth deze = YearMonth.now(clock);
        LocalDateTime nu = LocalDateTime.now(clock);
        Overname check = new Overname().verplicht(gemeenteCode, "gemeente", "De gemeente").verplicht(projecten, "projecten", "De projecten");
        check.weigerBijFouten();
        for (OvergenomenProject p : projecten) {
            List<OvergenomenRapportage> rapportages = p.rapportages() == null ? List.of() : p.rapportages();
            check.verplicht(p.code(), "code", "De code van een project")
                    .verplicht(p.naam(), "naam", "De naam van een project")
                    .als(p.code() != null && jdbc.sql("select count(*) from programma_project where gemeente_code = ? and code = ?")
                            .params(gemeenteCode, p.code()).query(Long.class).single() > 0, "code", "Er is al een project met code " + p.code() + ".")
                    .als(rapportages.stream().anyMatch(r -> r.maand() == null || r.maand().isAfter(deze)), "maand",
                            "Een maandrapportage heeft een maand, niet in de toekomst.")
                    .als(rapportages.stream().anyMatch(r -> r.lichten() == null || r.lichten().size() != Aspect.values().length
                                    || r.lichten().values().stream().anyMatch(java.util.Objects::isNull)), "lichten",
                            "Een maandrapportage heeft een licht voor resultaten, planning, financiën en personeel.")
                    .als(rapportages.stream().anyMatch(r -> r.vastgelegdDoor() == null || r.vastgelegdOp() == null || r.vastgelegdOp().isAfter(nu)),
                            "vastgelegd", "Een maandrapportage zegt wie hem wanneer vastlegde, niet in de toekomst.");
        }
        check.weigerBijFouten();
    }
}
