package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.berichten.xml.Standaard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year's volume counted in one pass ({@link Kostencijfers#volume}) gives what the two groupings in the database gave
 * before (decision 0043), on H2 and PostgreSQL, over random toewijzingen with everything that makes the count tricky: residents
 * under both laws, several toewijzingen each, withdrawn ones (13), open ends, ends before the year and even before the start.
 */
@IntegratieTest
class KostencijfersVolumeIT {

    private static final String GEMEENTE = "9923"; // a code no other test uses
    private static final int JAAR = 2025;

    @Autowired Kostencijfers kosten;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactie;

    @Test
    void oneCountedPassGivesWhatTheTwoGroupingsGave() {
        if (jdbc.sql("select count(*) from toewijzing where gemeente_code = ?").param(GEMEENTE).query(Long.class).single() == 0) {
            Random toeval = new Random(43);
            for (int i = 0; i < 1_200; i++) {
                LocalDate ingang = LocalDate.of(JAAR - 1, 1, 1).plusDays(toeval.nextInt(3 * 365));
                LocalDate einde = toeval.nextInt(10) < 3 ? null : ingang.plusDays(toeval.nextInt(700) - 60);
                String reden = switch (toeval.nextInt(10)) {
                    case 0 -> "13";
                    case 1 -> "01";
                    default -> null;
                };
                jdbc.sql("""
                                insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, persoon_bsn, aanbieder_agb, aanbieder_naam,
                                  productcategorie, ingangsdatum, einddatum, reden_wijziging, toegewezen_op, levering)
                                values (?, ?, ?, ?, '01099999', 'Testaanbieder', '45', ?, ?, ?, ?, 'NIET_GESTART')""")
                        .params(GEMEENTE, toeval.nextBoolean() ? "IJW" : "IWMO", 1_000_000L + i, String.format("9%08d", toeval.nextInt(250)),
                                ingang, einde, reden, OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                        .update();
            }
        }

        Kostencijfers.Jaarvolume volume = transactie.execute(s -> kosten.volume(GEMEENTE, JAAR));

        assertThat(perSoort(volume)).isEqualTo(zoalsDeTweeGroeperingen()).isNotEmpty();
        assertThat(volume.beginstand()).isNotEmpty();
    }

    /** Keyed "begin wet", "trajecten maand wet", "clienten maand wet": what the page adds up per law. */
    private static Map<String, Long> perSoort(Kostencijfers.Jaarvolume v) {
        Map<String, Long> uitkomst = new TreeMap<>();
        v.beginstand().forEach(b -> uitkomst.merge("begin " + b.wet(), b.clienten(), Long::sum));
        v.perMaand().forEach(m -> {
            if (m.nieuweTrajecten() > 0) {
                uitkomst.merge("trajecten " + m.maand() + " " + m.wet(), m.nieuweTrajecten(), Long::sum);
            }
            if (m.nieuweClienten() > 0) {
                uitkomst.merge("clienten " + m.maand() + " " + m.wet(), m.nieuweClienten(), Long::sum);
            }
        });
        return uitkomst;
    }

    /** The two queries of before decision 0043, word for word. */
    private Map<String, Long> zoalsDeTweeGroeperingen() {
        LocalDate begin = LocalDate.of(JAAR, 1, 1);
        LocalDate volgend = LocalDate.of(JAAR + 1, 1, 1);
        Map<String, Long> uitkomst = new TreeMap<>();
        jdbc.sql("""
                        select extract(month from ingangsdatum) as maand, standaard, count(*) as aantal from toewijzing
                        where gemeente_code = :gemeente and ingangsdatum >= :begin and ingangsdatum < :volgend
                          and (reden_wijziging is null or reden_wijziging <> '13')
                        group by extract(month from ingangsdatum), standaard""")
                .param("gemeente", GEMEENTE).param("begin", begin).param("volgend", volgend)
                .query(rs -> {
                    uitkomst.merge("trajecten " + rs.getInt(1) + " " + Standaard.valueOf(rs.getString(2)).wet(), rs.getLong(3), Long::sum);
                });
        jdbc.sql("""
                        select m.maand, m.standaard, count(*) as aantal from (
                          select case when n.eerste < :begin then 0 else extract(month from n.eerste) end as maand, n.standaard from (
                            select persoon_bsn, standaard, min(ingangsdatum) as eerste from toewijzing
                            where gemeente_code = :gemeente and ingangsdatum < :volgend and (einddatum is null or einddatum >= :begin)
                              and (reden_wijziging is null or reden_wijziging <> '13')
                            group by persoon_bsn, standaard) n) m
                        group by m.maand, m.standaard""")
                .param("gemeente", GEMEENTE).param("begin", begin).param("volgend", volgend)
                .query(rs -> {
                    String wet = Standaard.valueOf(rs.getString(2)).wet().toString();
                    uitkomst.merge(rs.getInt(1) == 0 ? "begin " + wet : "clienten " + rs.getInt(1) + " " + wet, rs.getLong(3), Long::sum);
                });
        return uitkomst;
    }
}
