package nl.dichtbij.regie;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
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
        jdbc.sql("""
                        select regievorm, count(*) from zaak where gemeente_code = ? and geopend_op < ? and (gesloten_op is null or gesloten_op >= ?)
                        group by regievorm""")
                .params(gemeenteCode, begin(jaar + 1), begin(jaar))
                .query((rs, i) -> Map.entry(Regievorm.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> telling.put(e.getKey(), e.getValue()));
        return telling;
    }

    private static Timestamp begin(int jaar) {
        return Timestamp.from(LocalDate.of(jaar, 1, 1).atStartOfDay(NEDERLAND).toInstant());
    }
}
