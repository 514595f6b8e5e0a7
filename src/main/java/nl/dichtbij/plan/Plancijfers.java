package nl.dichtbij.plan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Plans for steering: when the household agreed, and whether the plan combines informal and formal support. No persons. */
@Service
public class Plancijfers {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    Plancijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan the household agreed to: its date, and whether it holds an informal action (inwoner, netwerk, vrijwilliger) and a formal one. */
    public record Plan(long zaakId, LocalDate akkoord, boolean informeel, boolean formeel) {
    }

    /** Plans agreed from {@code vanaf} on (the flow of a year follows its cases into the next year). */
    public List<Plan> akkoord(String gemeenteCode, LocalDate vanaf) {
        List<String> informeel = java.util.Arrays.stream(Uitvoerder.values()).filter(Uitvoerder::informeel).map(Enum::name).toList();
        return jdbc.sql("""
                        select p.zaak_id, p.akkoord_op,
                               max(case when a.uitvoerder in (:informeel) then 1 else 0 end) as informeel,
                               max(case when a.uitvoerder not in (:informeel) then 1 else 0 end) as formeel
                        from plan p left join doel d on d.plan_id = p.id left join actie a on a.doel_id = d.id and a.actief = true
                        where p.gemeente_code = :g and p.akkoord_op >= :vanaf
                        group by p.id, p.zaak_id, p.akkoord_op""")
                .param("informeel", informeel).param("g", gemeenteCode).param("vanaf", Timestamp.from(vanaf.atStartOfDay(NEDERLAND).toInstant()))
                .query((rs, i) -> new Plan(rs.getLong(1), rs.getTimestamp(2).toInstant().atZone(NEDERLAND).toLocalDate(), rs.getInt(3) == 1,
                        rs.getInt(4) == 1))
                .list();
    }
}
