package nl.dichtbij.toegang;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The first steps of the flow for steering: when a melding came in, its legal term, and when the onderzoek was held. No persons. */
@Service
public class Toegangscijfers {

    private final JdbcClient jdbc;

    Toegangscijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One melding received in the year; {@code onderzoek} is the first conversation held, null when there was none yet.
     * The household and team let the figures be split per area and per team without naming anyone.
     */
    public record Melding(long zaakId, long huishoudenId, long teamId, LocalDate ontvangen, LocalDate termijnEinde, LocalDate onderzoek) {
    }

    public List<Melding> meldingen(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select m.zaak_id, m.huishouden_id, m.team_id, m.ontvangen_datum, m.termijn_einde, min(o.gehouden_op) as onderzoek
                        from melding m left join onderzoek o on o.melding_id = m.id
                        where m.gemeente_code = ? and m.ontvangen_datum >= ? and m.ontvangen_datum < ?
                        group by m.id, m.zaak_id, m.huishouden_id, m.team_id, m.ontvangen_datum, m.termijn_einde""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> new Melding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }
}
