package nl.dichtbij.berichten;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Person-free figures on referrers (Verwijzer, COD327) for steering: who sends the care in. A toewijzing counts in the
 * year it starts (ingangsdatum), withdrawn ones (RedenWijziging 13) not; spend is what was granted for declared care
 * (323 lines) that started in the year, under the referrer of its toewijzing. A referrer type of null is unknown.
 * Everything is counted in the database, grouped; no rows of persons leave it.
 */
@Service
@Transactional(readOnly = true)
public class Verwijzercijfers {

    private final JdbcClient jdbc;

    public Verwijzercijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per law and referrer type (COD327 code, null = unknown): new toewijzingen, their clients, and the granted amount. */
    public record PerType(Wet wet, String verwijzerType, long toewijzingen, long clienten, long toegekendCenten) {
    }

    /** Per law: all new toewijzingen, the distinct clients with one (a client referred twice counts once) and all granted. */
    public record Totaal(Wet wet, long toewijzingen, long clienten, long toegekendCenten) {
    }

    public record Typen(List<PerType> perType, List<Totaal> totalen) {
    }

    /** A GP practice: its AGB code (ZorgverlenerCode) and name as the providers gave them. */
    public record Praktijk(Wet wet, String code, String naam, long toewijzingen, long clienten) {
    }

    /** New toewijzingen in a year under one law, and how many of them the municipality decided on (referrer 01). */
    public record Trendjaar(int jaar, Wet wet, long toewijzingen, long gemeente) {
    }

    public Typen perType(String gemeenteCode, int jaar) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate einde = begin.plusYears(1);
        record Sleutel(Wet wet, String type) {
        }
        var aantallen = jdbc.sql("""
                        select standaard, verwijzer_type, count(*) as toewijzingen, count(distinct persoon_bsn) as clienten from toewijzing
                        where gemeente_code = ? and ingangsdatum >= ? and ingangsdatum < ? and (reden_wijziging is null or reden_wijziging <> '13')
                        group by standaard, verwijzer_type""")
                .params(gemeenteCode, begin, einde)
                .query((rs, i) -> new PerType(wet(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getLong(4), 0)).list();
        // the year sums kept per provider, law and referrer type as declaration lines are booked (V90); '' is unknown
        var geld = jdbc.sql("""
                        select standaard, verwijzer_type, sum(bedrag_centen) from declaratie_som_aanbieder
                        where gemeente_code = ? and jaar = ? group by standaard, verwijzer_type""")
                .params(gemeenteCode, jaar)
                .query((rs, i) -> new PerType(wet(rs.getString(1)), rs.getString(2).isEmpty() ? null : rs.getString(2), 0, 0, rs.getLong(3))).list();
        var samen = new java.util.LinkedHashMap<Sleutel, PerType>();
        for (PerType p : aantallen) {
            samen.put(new Sleutel(p.wet(), p.verwijzerType()), p);
        }
        for (PerType g : geld) {
            samen.merge(new Sleutel(g.wet(), g.verwijzerType()), g,
                    (a, b) -> new PerType(a.wet(), a.verwijzerType(), a.toewijzingen(), a.clienten(), a.toegekendCenten() + b.toegekendCenten()));
        }
        var clienten = jdbc.sql("""
                        select standaard, count(*) as toewijzingen, count(distinct persoon_bsn) as clienten from toewijzing
                        where gemeente_code = ? and ingangsdatum >= ? and ingangsdatum < ? and (reden_wijziging is null or reden_wijziging <> '13')
                        group by standaard""")
                .params(gemeenteCode, begin, einde)
                .query((rs, i) -> new Totaal(wet(rs.getString(1)), rs.getLong(2), rs.getLong(3), 0)).list();
        List<Totaal> totalen = new java.util.ArrayList<>();
        for (Wet wet : List.of(Wet.JEUGDWET, Wet.WMO)) {
            long toegekend = samen.values().stream().filter(p -> p.wet() == wet).mapToLong(PerType::toegekendCenten).sum();
            Totaal t = clienten.stream().filter(c -> c.wet() == wet).findFirst().orElse(new Totaal(wet, 0, 0, 0));
            if (t.toewijzingen() > 0 || toegekend != 0) {
                totalen.add(new Totaal(wet, t.toewijzingen(), t.clienten(), toegekend));
            }
        }
        return new Typen(List.copyOf(samen.values()), totalen);
    }

    /** New toewijzingen after a GP referral (referrer 02) per practice, most first. */
    public List<Praktijk> perHuisarts(String gemeenteCode, int jaar) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        return jdbc.sql("""
                        select standaard, verwijzer_code, verwijzer_naam, count(*) as toewijzingen, count(distinct persoon_bsn) as clienten from toewijzing
                        where gemeente_code = ? and ingangsdatum >= ? and ingangsdatum < ? and verwijzer_type = '02' and (reden_wijziging is null or reden_wijziging <> '13')
                        group by standaard, verwijzer_code, verwijzer_naam
                        order by count(*) desc, verwijzer_naam, verwijzer_code""")
                .params(gemeenteCode, begin, begin.plusYears(1))
                .query((rs, i) -> new Praktijk(wet(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5))).list();
    }

    /** For the years {@code totEnMet - jaren + 1} up to and including {@code totEnMet}: new toewijzingen and the municipality's among them. */
    public List<Trendjaar> trend(String gemeenteCode, int totEnMet, int jaren) {
        return jdbc.sql("""
                        select extract(year from ingangsdatum) as jaar, standaard, count(*) as toewijzingen,
                            sum(case when verwijzer_type = '01' then 1 else 0 end) as gemeente
                        from toewijzing
                        where gemeente_code = ? and ingangsdatum >= ? and ingangsdatum < ? and (reden_wijziging is null or reden_wijziging <> '13')
                        group by extract(year from ingangsdatum), standaard""")
                .params(gemeenteCode, LocalDate.of(totEnMet - jaren + 1, 1, 1), LocalDate.of(totEnMet + 1, 1, 1))
                .query((rs, i) -> new Trendjaar(rs.getInt(1), wet(rs.getString(2)), rs.getLong(3), rs.getLong(4))).list();
    }

    private static Wet wet(String standaard) {
        return Standaard.valueOf(standaard).wet();
    }
}
