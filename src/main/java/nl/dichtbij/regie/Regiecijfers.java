package nl.dichtbij.regie;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** How cases are led, for steering: the number of cases open at some time in the year per form of regie. */
@Service
public class Regiecijfers {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    Regiecijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Regievorm, Long> zakenPerRegievorm(String gemeenteCode, int jaar) {
        Map<Regievorm, Long> telling = new EnumMap<>(Regievorm.class);
        zakenPerTeamEnRegievorm(gemeenteCode, jaar).values().forEach(perVorm -> perVorm.forEach((vorm, aantal) -> telling.merge(vorm, aantal, Long::sum)));
        return telling;
    }

    /** As {@link #zakenPerRegievorm}, per lead team. */
    public Map<Long, Map<Regievorm, Long>> zakenPerTeamEnRegievorm(String gemeenteCode, int jaar) {
        Map<Long, Map<Regievorm, Long>> telling = new HashMap<>();
        jdbc.sql("""
                        select lead_team_id, regievorm, count(*) from zaak
                        where gemeente_code = ? and geopend_op < ? and (gesloten_op is null or gesloten_op >= ?)
                        group by lead_team_id, regievorm""")
                .params(gemeenteCode, begin(jaar + 1), begin(jaar))
                .query(rs -> {
                    telling.computeIfAbsent(rs.getLong(1), t -> new EnumMap<>(Regievorm.class)).put(Regievorm.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return telling;
    }

    /** The lead team of each of these cases of the municipality, looked up in batches of at most 1,000. */
    public Map<Long, Long> leadTeams(String gemeenteCode, Collection<Long> zaakIds) {
        Map<Long, Long> teams = new HashMap<>();
        List<Long> ids = List.copyOf(new java.util.TreeSet<>(zaakIds));
        for (int van = 0; van < ids.size(); van += 1000) {
            jdbc.sql("select id, lead_team_id from zaak where gemeente_code = :g and id in (:ids)")
                    .param("g", gemeenteCode).param("ids", ids.subList(van, Math.min(ids.size(), van + 1000)))
                    .query(rs -> {
                        teams.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return teams;
    }

    private static Timestamp begin(int jaar) {
        return Timestamp.from(LocalDate.of(jaar, 1, 1).atStartOfDay(NEDERLAND).toInstant());
    }
}
