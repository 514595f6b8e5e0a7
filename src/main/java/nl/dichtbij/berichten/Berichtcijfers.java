package nl.dichtbij.berichten;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Numbers for steering from the message traffic: toewijzingen, residents in care, and the
 * declared and granted amounts (323/325) per month, law and product category. No persons.
 * Granted is what the municipality pays; the payment itself runs in the financial system.
 */
@Service
public class Berichtcijfers {

    private final JdbcClient jdbc;

    public Berichtcijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Toewijzingen(int maand, Wet wet, String productcategorie, long aantal) {
    }

    public record Clienten(int maand, Wet wet, long aantal) {
    }

    /** Declared (submitted) and granted per declaration period; granted per product category is in {@link Toegekend}. */
    public record Gedeclareerd(int maand, Wet wet, long ingediendCenten, long toegekendCenten) {
    }

    public record Toegekend(int maand, Wet wet, String productcategorie, long centen) {
    }

    /** New toewijzingen by the month they start; withdrawn ones (RedenWijziging 13) do not count. */
    public List<Toewijzingen> toewijzingen(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select extract(month from ingangsdatum) as maand, standaard, productcategorie, count(*) as aantal from toewijzing
                        where gemeente_code = ? and ingangsdatum >= ? and ingangsdatum < ? and (reden_wijziging is null or reden_wijziging <> '13')
                        group by extract(month from ingangsdatum), standaard, productcategorie""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> new Toewijzingen(rs.getInt("maand"), Standaard.valueOf(rs.getString("standaard")).wet(), rs.getString("productcategorie"),
                        rs.getLong("aantal")))
                .list();
    }

    /** Residents with a toewijzing running in the month, per month up to and including {@code totEnMet}. */
    public List<Clienten> clienten(String gemeenteCode, int jaar, YearMonth totEnMet) {
        List<Clienten> cijfers = new ArrayList<>();
        for (int m = 1; m <= 12 && !YearMonth.of(jaar, m).isAfter(totEnMet); m++) {
            int maand = m;
            LocalDate eerste = LocalDate.of(jaar, m, 1);
            jdbc.sql("""
                            select standaard, count(distinct persoon_bsn) as aantal from toewijzing
                            where gemeente_code = ? and ingangsdatum <= ? and (einddatum is null or einddatum >= ?)
                              and (reden_wijziging is null or reden_wijziging <> '13')
                            group by standaard""")
                    .params(gemeenteCode, eerste.withDayOfMonth(eerste.lengthOfMonth()), eerste)
                    .query((rs, i) -> new Clienten(maand, Standaard.valueOf(rs.getString("standaard")).wet(), rs.getLong("aantal")))
                    .list().forEach(cijfers::add);
        }
        return cijfers;
    }

    public List<Gedeclareerd> gedeclareerd(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select extract(month from periode_begin) as maand, standaard, sum(ingediend_centen) as ingediend, sum(toegekend_centen) as toegekend
                        from declaratie where gemeente_code = ? and periode_begin >= ? and periode_begin < ?
                        group by extract(month from periode_begin), standaard""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> new Gedeclareerd(rs.getInt("maand"), Standaard.valueOf(rs.getString("standaard")).wet(), rs.getLong("ingediend"),
                        rs.getLong("toegekend")))
                .list();
    }

    public List<Toegekend> toegekend(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select extract(month from begindatum) as maand, standaard, productcategorie, sum(bedrag_centen) as centen
                        from declaratie_regel where gemeente_code = ? and begindatum >= ? and begindatum < ?
                        group by extract(month from begindatum), standaard, productcategorie""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> new Toegekend(rs.getInt("maand"), Standaard.valueOf(rs.getString("standaard")).wet(), rs.getString("productcategorie"),
                        rs.getLong("centen")))
                .list();
    }

    /**
     * One resident's care in a year, for figures per area: whether a toewijzing of his ran in the year, and what was
     * granted for his declared care that started in the year. Carries only the BSN, so the caller can find the area.
     */
    public record Clientjaar(String bsn, boolean inZorg, long toegekendCenten) {
    }

    /** Per resident with care or declared care in the year: summed in the database, one row per resident. */
    public List<Clientjaar> clientjaren(String gemeenteCode, int jaar) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate einde = LocalDate.of(jaar, 12, 31);
        return jdbc.sql("""
                        select c.bsn, max(c.zorg) as zorg, sum(c.centen) as centen from (
                          select persoon_bsn as bsn, 1 as zorg, cast(0 as bigint) as centen from toewijzing
                          where gemeente_code = :gemeente and ingangsdatum <= :einde and (einddatum is null or einddatum >= :begin)
                            and (reden_wijziging is null or reden_wijziging <> '13')
                          union all
                          select persoon_bsn, 0, bedrag_centen from declaratie_regel
                          where gemeente_code = :gemeente and begindatum >= :begin and begindatum <= :einde) c
                        group by c.bsn""")
                .param("gemeente", gemeenteCode).param("begin", begin).param("einde", einde)
                .query((rs, i) -> new Clientjaar(rs.getString("bsn"), rs.getInt("zorg") == 1, rs.getLong("centen")))
                .list();
    }

    /** A delivery that started: its case (null for a toewijzing after a referral without a decision), the provider, when it was assigned and started. */
    public record Start(Long zaakId, String aanbieder, LocalDate toegewezen, LocalDate start) {
    }

    public record Uitstroom(int maand, String redenBeeindiging, long aantal) {
    }

    /** Deliveries that started from {@code vanaf} on; the wait is counted from the later of assignment and ingangsdatum. */
    public List<Start> starts(String gemeenteCode, LocalDate vanaf) {
        return jdbc.sql("""
                        select zaak_id, aanbieder_naam, toegewezen_op, ingangsdatum, levering_begindatum from toewijzing
                        where gemeente_code = ? and levering_begindatum >= ?""")
                .params(gemeenteCode, vanaf)
                .query((rs, i) -> {
                    LocalDate toegewezen = rs.getTimestamp(3).toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
                    LocalDate ingang = rs.getObject(4, LocalDate.class);
                    return new Start((Long) rs.getObject(1, Long.class), rs.getString(2), ingang.isAfter(toegewezen) ? ingang : toegewezen,
                            rs.getObject(5, LocalDate.class));
                })
                .list();
    }

    public record UitstroomPerWet(int maand, Wet wet, String redenBeeindiging, long aantal) {
    }

    /** As {@link #uitstroom}, also per law (the standard of the toewijzing). */
    public List<UitstroomPerWet> uitstroomPerWet(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select extract(month from levering_einddatum) as maand, standaard, reden_beeindiging, count(*) as aantal from toewijzing
                        where gemeente_code = ? and levering = 'GESTOPT' and levering_einddatum >= ? and levering_einddatum < ?
                        group by extract(month from levering_einddatum), standaard, reden_beeindiging""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> new UitstroomPerWet(rs.getInt("maand"), Standaard.valueOf(rs.getString("standaard")).wet(),
                        rs.getString("reden_beeindiging"), rs.getLong("aantal")))
                .list();
    }

    /** Deliveries that ended for good in the year (a 307), per month and JZ588 reason; a temporary stop (20) is no outflow. */
    public List<Uitstroom> uitstroom(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select extract(month from levering_einddatum) as maand, reden_beeindiging, count(*) as aantal from toewijzing
                        where gemeente_code = ? and levering = 'GESTOPT' and levering_einddatum >= ? and levering_einddatum < ?
                        group by extract(month from levering_einddatum), reden_beeindiging""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> new Uitstroom(rs.getInt("maand"), rs.getString("reden_beeindiging"), rs.getLong("aantal")))
                .list();
    }
}
