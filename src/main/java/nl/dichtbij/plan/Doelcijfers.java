package nl.dichtbij.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Person-free figures of the plans' goals, for "what works" (issue 18): goals reached per intervention their actions name. */
@Service
public class Doelcijfers {

    /** Goals that ended with a chosen outcome, and how many of them were reached. */
    public record Doelen(long beeindigd, long bereikt) {

        public BigDecimal procentBereikt() {
            return beeindigd == 0 ? null : BigDecimal.valueOf(bereikt * 100).divide(BigDecimal.valueOf(beeindigd), 1, RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient jdbc;

    Doelcijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per intervention named by an action of a goal: the goals that ended with an outcome, and how many were reached. */
    @Transactional(readOnly = true)
    public Map<Long, Doelen> perInterventie(String gemeenteCode) {
        Map<Long, Doelen> perInterventie = new HashMap<>();
        jdbc.sql("""
                        select a.interventie_id, count(distinct d.id), count(distinct case when d.uitkomst = 'BEREIKT' then d.id end)
                        from actie a join doel d on d.id = a.doel_id
                        where a.gemeente_code = ? and a.interventie_id is not null and a.actief = true and d.uitkomst is not null
                        group by a.interventie_id""")
                .param(gemeenteCode)
                .query(rs -> {
                    perInterventie.put(rs.getLong(1), new Doelen(rs.getLong(2), rs.getLong(3)));
                });
        return perInterventie;
    }

    /** The interventions that actions of a resident's goals in a case name, for the outcome monitor. */
    @Transactional(readOnly = true)
    public List<Long> interventiesVan(String gemeenteCode, long zaakId, String persoonBsn) {
        return jdbc.sql("""
                        select distinct a.interventie_id from actie a join doel d on d.id = a.doel_id join plan p on p.id = d.plan_id
                        where a.gemeente_code = ? and p.zaak_id = ? and d.persoon_bsn = ? and a.interventie_id is not null and a.actief = true""")
                .params(gemeenteCode, zaakId, persoonBsn).query(Long.class).list();
    }
}
