package nl.dichtbij.besluit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts of decisions for steering: no persons, only numbers per month, law and product category. */
@Service
public class Besluitcijfers {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    Besluitcijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Granted decisions taken in a month. */
    public record Genomen(int maand, Wet wet, String productcategorie, long aantal) {
    }

    /** Distinct residents with a granted decision running in the month. */
    public record Clienten(int maand, Wet wet, long aantal) {
    }

    public List<Genomen> genomen(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select extract(month from genomen_op) as maand, wet, productcategorie, count(*) as aantal
                        from beschikking
                        where gemeente_code = ? and genomen_op >= ? and genomen_op < ? and uitkomst <> 'AFWIJZING' and status <> 'WACHT_OP_TWEEDE'
                        group by extract(month from genomen_op), wet, productcategorie""")
                .params(gemeenteCode, begin(jaar), begin(jaar + 1))
                .query((rs, i) -> new Genomen(rs.getInt("maand"), Wet.valueOf(rs.getString("wet")), rs.getString("productcategorie"),
                        rs.getLong("aantal")))
                .list();
    }

    /** Per month of the year up to and including {@code totEnMet}: one indexed count per month. */
    public List<Clienten> clienten(String gemeenteCode, int jaar, YearMonth totEnMet) {
        List<Clienten> cijfers = new ArrayList<>();
        for (int m = 1; m <= 12 && !YearMonth.of(jaar, m).isAfter(totEnMet); m++) {
            int maand = m;
            LocalDate eerste = LocalDate.of(jaar, m, 1);
            LocalDate laatste = eerste.withDayOfMonth(eerste.lengthOfMonth());
            jdbc.sql("""
                            select wet, count(distinct persoon_bsn) as aantal from beschikking
                            where gemeente_code = ? and uitkomst <> 'AFWIJZING' and status in ('VASTGESTELD', 'GEWIJZIGD', 'BEEINDIGD')
                              and ingangsdatum <= ? and (einddatum is null or einddatum >= ?)
                            group by wet""")
                    .params(gemeenteCode, laatste, eerste)
                    .query((rs, i) -> new Clienten(maand, Wet.valueOf(rs.getString("wet")), rs.getLong("aantal")))
                    .list().forEach(cijfers::add);
        }
        return cijfers;
    }

    /**
     * The residents with a granted provision under the law that ran on at least one day of the year: the ones the statutory
     * client experience survey invites (Wmo 2015 art. 2.5.1, Jeugdwet art. 2.10). BSNs, for the programma module's keyed
     * invitation only; the caller logs the look.
     */
    public List<String> ontvangers(String gemeenteCode, Wet wet, int jaar) {
        return jdbc.sql("""
                        select distinct persoon_bsn from beschikking
                        where gemeente_code = ? and wet = ? and uitkomst <> 'AFWIJZING' and status in ('VASTGESTELD', 'GEWIJZIGD', 'BEEINDIGD')
                          and ingangsdatum <= ? and (einddatum is null or einddatum >= ?)
                        order by persoon_bsn""")
                .params(gemeenteCode, wet.name(), LocalDate.of(jaar, 12, 31), LocalDate.of(jaar, 1, 1))
                .query(String.class).list();
    }

    /**
     * A decision taken (granted or not): its case, the team that handled the aanvraag, the law, when the aanvraag came in,
     * the legal term (after verdaging), when it was taken, the form.
     */
    public record Besluit(long zaakId, long teamId, Wet wet, LocalDate ontvangen, LocalDate termijn, LocalDate genomen, Leveringsvorm vorm,
                          boolean toegekend) {
        public boolean binnenTermijn() {
            return !genomen.isAfter(termijn);
        }
    }

    /** Decisions taken from {@code vanaf} on (the flow of a year follows its cases into the next year). */
    public List<Besluit> besluiten(String gemeenteCode, LocalDate vanaf) {
        return jdbc.sql("""
                        select b.zaak_id, a.team_id, b.wet, a.ontvangen_datum, coalesce(a.verdaagd_tot, a.termijn_einde) as termijn, b.genomen_op,
                               b.vorm, b.uitkomst
                        from beschikking b join aanvraag a on a.id = b.aanvraag_id
                        where b.gemeente_code = ? and b.genomen_op >= ? and b.status <> 'WACHT_OP_TWEEDE'""")
                .params(gemeenteCode, Timestamp.from(vanaf.atStartOfDay(NEDERLAND).toInstant()))
                .query((rs, i) -> new Besluit(rs.getLong(1), rs.getLong(2), Wet.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant().atZone(NEDERLAND).toLocalDate(),
                        rs.getString(7) == null ? null : Leveringsvorm.valueOf(rs.getString(7)), !"AFWIJZING".equals(rs.getString(8))))
                .list();
    }

    /** The PGB budget granted for a month: the decision's amount spread evenly over the days of its period. */
    public record Pgb(int maand, Wet wet, String productcategorie, long centen) {
    }

    /**
     * Per month of the year, law and product category, the share of every granted PGB that falls in the month. The
     * amount of a PGB decision covers the period first decided (the form requires an end date): a day is worth the amount
     * divided by the days of that period, and the days count up to the current end date, so a PGB ended early costs less.
     */
    public List<Pgb> pgb(String gemeenteCode, int jaar) {
        Map<String, long[]> perSleutel = new TreeMap<>();
        pgbBeschikkingen(gemeenteCode, jaar, (bsn, wet, categorie, maand, centen) -> perSleutel
                .computeIfAbsent("%02d|%s|%s".formatted(maand, wet, categorie == null ? "" : categorie), k -> new long[1])[0] += Math.round(centen));
        List<Pgb> cijfers = new ArrayList<>();
        perSleutel.forEach((sleutel, centen) -> {
            String[] delen = sleutel.split("\\|", -1);
            cijfers.add(new Pgb(Integer.parseInt(delen[0]), Wet.valueOf(delen[1]), delen[2].isEmpty() ? null : delen[2], centen[0]));
        });
        return cijfers;
    }

    /** One resident's PGB in the year, per law and product category; the BSN only so that the caller can find the household. */
    public record PgbVanPersoon(String bsn, Wet wet, String productcategorie, long centen) {
    }

    /** As {@link #pgb}, summed per resident over the year instead of per month. */
    public List<PgbVanPersoon> pgbPerPersoon(String gemeenteCode, int jaar) {
        // summed unrounded and rounded once, so a year's budget of €1,200 stays €1,200 and not twelve rounded months
        Map<List<String>, double[]> perPersoon = new java.util.HashMap<>();
        pgbBeschikkingen(gemeenteCode, jaar, (bsn, wet, categorie, maand, centen) -> perPersoon
                .computeIfAbsent(java.util.Arrays.asList(bsn, wet, categorie), k -> new double[1])[0] += centen);
        List<PgbVanPersoon> cijfers = new ArrayList<>();
        perPersoon.forEach((sleutel, centen) -> cijfers.add(new PgbVanPersoon(sleutel.get(0), Wet.valueOf(sleutel.get(1)), sleutel.get(2),
                Math.round(centen[0]))));
        return cijfers;
    }

    private interface PgbMaanddeel {
        void tel(String bsn, String wet, String productcategorie, int maand, double centen);
    }

    /** Every granted PGB running in the year, cut into the share of its amount that falls in each month of the year. */
    private void pgbBeschikkingen(String gemeenteCode, int jaar, PgbMaanddeel deel) {
        LocalDate eerste = LocalDate.of(jaar, 1, 1);
        LocalDate laatste = LocalDate.of(jaar, 12, 31);
        jdbc.sql("""
                        select wet, productcategorie, ingangsdatum, einddatum, coalesce(eerste_einddatum, einddatum), pgb_bedrag, persoon_bsn from beschikking
                        where gemeente_code = ? and vorm = 'PGB' and uitkomst <> 'AFWIJZING' and status in ('VASTGESTELD', 'GEWIJZIGD', 'BEEINDIGD')
                          and pgb_bedrag is not null and ingangsdatum <= ? and einddatum >= ?""")
                .params(gemeenteCode, laatste, eerste)
                .query(rs -> {
                    LocalDate van = rs.getObject(3, LocalDate.class);
                    LocalDate tot = rs.getObject(4, LocalDate.class);
                    long centen = rs.getBigDecimal(6).movePointRight(2).longValue();
                    long periode = ChronoUnit.DAYS.between(van, rs.getObject(5, LocalDate.class)) + 1;
                    for (int m = 1; m <= 12; m++) {
                        LocalDate maandBegin = LocalDate.of(jaar, m, 1);
                        LocalDate maandEinde = maandBegin.withDayOfMonth(maandBegin.lengthOfMonth());
                        LocalDate vanaf = van.isAfter(maandBegin) ? van : maandBegin;
                        LocalDate totEnMet = tot.isBefore(maandEinde) ? tot : maandEinde;
                        if (!vanaf.isAfter(totEnMet)) {
                            long dagen = ChronoUnit.DAYS.between(vanaf, totEnMet) + 1;
                            deel.tel(rs.getString(7), rs.getString(1), rs.getString(2), m, (double) centen * dagen / periode);
                        }
                    }
                });
    }

    private static Timestamp begin(int jaar) {
        return Timestamp.from(LocalDate.of(jaar, 1, 1).atStartOfDay(NEDERLAND).toInstant());
    }
}
