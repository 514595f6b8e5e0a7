package nl.dichtbij.berichten;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures behind cost per client and its concentration (issue 17): what was granted per resident, the length of the
 * trajectories that ended, and the volume of new trajectories and new clients per month. Summed and grouped in the
 * database, one row per resident, trajectory or month; the BSN only so that the caller can find the household.
 */
@Service
public class Kostencijfers {

    /** Rows the driver fetches at a time from a pass over a whole municipality. */
    private static final int PORTIE = 10_000;

    private final JdbcClient jdbc;

    public Kostencijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was granted on declarations for one resident's care in the year, per law and product category. */
    public record Persoonkosten(String bsn, Wet wet, String productcategorie, long centen) {
    }

    /** A trajectory (a toewijzing's delivery) that ended for good in the year: when its delivery began and ended. */
    public record Traject(Wet wet, LocalDate begin, LocalDate einde) {
    }

    /** One month of one law: toewijzingen that started and residents whose first toewijzing of the year started then. */
    public record Maandvolume(int maand, Wet wet, long nieuweTrajecten, long nieuweClienten) {
    }

    /** Residents of one law with a toewijzing that started before the year and still ran on the first of January. */
    public record Beginstand(Wet wet, long clienten) {
    }

    /** One product category of one law: the residents with a granted amount in it and the sum of those amounts. */
    public record Categoriesom(Wet wet, String productcategorie, long clienten, long centen) {
    }

    /**
     * Granted for care delivered in the year (the declaration line's begin date), from the sums kept as the lines are booked
     * (V90), counted and summed in the database per law and product category: the residents (a year
     * sum is one per resident, law and category, so its rows are its residents) and the money. A few rows instead of one per
     * resident; the residents of a law, each once, are counted with {@link #bedragPerPersoon}.
     */
    public List<Categoriesom> perCategorie(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select standaard, productcategorie, count(*), sum(bedrag_centen) from declaratie_som_persoon
                        where gemeente_code = ? and jaar = ?
                        group by standaard, productcategorie""")
                .params(gemeenteCode, jaar)
                .query((rs, i) -> new Categoriesom(Standaard.valueOf(rs.getString(1)).wet(), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** One resident's granted amount under one law, as {@link #bedragPerPersoon} hands it over. */
    public interface Persoonbedrag {
        void accept(String bsn, Wet wet, long centen);
    }

    /**
     * Each resident's granted amount in the year and its law, handed over row by row (a resident under two laws or categories
     * comes more than once): for ranking the households of a large municipality, and counting its residents per law, without
     * building a row object per resident.
     */
    public void bedragPerPersoon(String gemeenteCode, int jaar, Persoonbedrag bedrag) {
        // in portions: inside the caller's transaction the PostgreSQL driver then reads a million rows with a cursor instead of
        // holding them all (2.3 against 3.8 s for the ranking in the national benchmark)
        jdbc.sql("select persoon_bsn, standaard, bedrag_centen from declaratie_som_persoon where gemeente_code = ? and jaar = ?")
                .withFetchSize(PORTIE)
                .params(gemeenteCode, jaar)
                .query(rs -> {
                    bedrag.accept(rs.getString(1), Standaard.valueOf(rs.getString(2)).wet(), rs.getLong(3));
                });
    }

    /**
     * What was granted for these residents' care in the year, per resident, law and product category: the households on one page
     * of the ranking, and the residents with a PGB.
     */
    public List<Persoonkosten> vanPersonen(String gemeenteCode, int jaar, java.util.Collection<String> bsns) {
        List<Persoonkosten> kosten = new java.util.ArrayList<>();
        List<String> lijst = List.copyOf(new java.util.HashSet<>(bsns));
        for (int van = 0; van < lijst.size(); van += 1000) {
            kosten.addAll(jdbc.sql("""
                            select persoon_bsn, standaard, productcategorie, bedrag_centen from declaratie_som_persoon
                            where gemeente_code = :gemeente and jaar = :jaar and persoon_bsn in (:bsns)""")
                    .param("gemeente", gemeenteCode).param("jaar", jaar).param("bsns", lijst.subList(van, Math.min(lijst.size(), van + 1000)))
                    .query((rs, i) -> new Persoonkosten(rs.getString(1), Standaard.valueOf(rs.getString(2)).wet(), rs.getString(3), rs.getLong(4)))
                    .list());
        }
        return kosten;
    }

    /** Deliveries that ended for good (a 307) in the year; a temporary stop is no end of the trajectory. */
    public List<Traject> beeindigdeTrajecten(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select standaard, levering_begindatum, levering_einddatum from toewijzing
                        where gemeente_code = ? and levering = 'GESTOPT' and levering_einddatum >= ? and levering_einddatum < ?
                          and levering_begindatum is not null""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> new Traject(Standaard.valueOf(rs.getString(1)).wet(), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The volume of a year: per month and law the new trajectories and new clients, per law the clients on 1 January. */
    public record Jaarvolume(List<Maandvolume> perMaand, List<Beginstand> beginstand) {
    }

    /**
     * Per month and law the toewijzingen that start in it, and the residents whose first toewijzing running in the year
     * starts in it while none of theirs ran on the first of January; and per law the residents in care on the first of January
     * (a toewijzing that started before the year and still ran then): with the new clients they are the year's clients.
     * Withdrawn toewijzingen (RedenWijziging 13) do not count.
     * <p>
     * One pass in the order of an index (V92's {@code toewijzing_persoon_looptijd}: municipality, resident, standard, start)
     * counted here, instead of two groupings in the database: a national municipality has a million toewijzingen, and
     * grouping them per resident and law in the database, then counting the groups, took twice as long as reading them once.
     */
    public Jaarvolume volume(String gemeenteCode, int jaar) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        Volumeteller teller = new Volumeteller();
        jdbc.sql("""
                        select persoon_bsn, standaard, ingangsdatum, einddatum from toewijzing
                        where gemeente_code = :gemeente and ingangsdatum < :volgend and (reden_wijziging is null or reden_wijziging <> '13')
                          and (einddatum is null or einddatum >= :begin or ingangsdatum >= :begin)
                        order by persoon_bsn, standaard, ingangsdatum""")
                .withFetchSize(PORTIE)
                .param("gemeente", gemeenteCode).param("begin", begin).param("volgend", begin.plusYears(1))
                .query(rs -> {
                    LocalDate ingang = rs.getObject(3, LocalDate.class);
                    LocalDate einde = rs.getObject(4, LocalDate.class);
                    // computing the month in the database (a numeric in PostgreSQL) took longer than reading the dates
                    teller.toewijzing(rs.getString(1), rs.getString(2), ingang.isBefore(begin) ? 0 : ingang.getMonthValue(),
                            einde == null || !einde.isBefore(begin));
                });
        return teller.jaarvolume();
    }

    /**
     * Counts a year's volume from a municipality's toewijzingen handed over per resident and standard, earliest start first:
     * each toewijzing that starts in the year is a new trajectory in its month; a resident's first one that runs in the year
     * makes him a client on 1 January (it started before) or a new client in its month.
     */
    static final class Volumeteller {
        // per standard: [0] clients on 1 January, [1..12] new clients per month; and new trajectories per month
        private final java.util.Map<Standaard, long[]> clienten = new java.util.EnumMap<>(Standaard.class);
        private final java.util.Map<Standaard, long[]> trajecten = new java.util.EnumMap<>(Standaard.class);
        private String bsn;
        private String standaard;
        private Standaard huidige;
        private boolean alGeteld;

        /** One toewijzing: the month of the year it starts in, 0 when it started before; whether it still ran in the year. */
        void toewijzing(String persoonBsn, String standaardCode, int maand, boolean looptInHetJaar) {
            if (!persoonBsn.equals(bsn) || !standaardCode.equals(standaard)) {
                bsn = persoonBsn;
                if (!standaardCode.equals(standaard)) {
                    standaard = standaardCode;
                    huidige = Standaard.valueOf(standaardCode);
                }
                alGeteld = false;
            }
            if (maand > 0) {
                trajecten.computeIfAbsent(huidige, s -> new long[13])[maand]++;
            }
            if (!alGeteld && looptInHetJaar) {
                alGeteld = true;
                clienten.computeIfAbsent(huidige, s -> new long[13])[maand]++;
            }
        }

        Jaarvolume jaarvolume() {
            List<Maandvolume> perMaand = new java.util.ArrayList<>();
            List<Beginstand> beginstand = new java.util.ArrayList<>();
            trajecten.forEach((s, maanden) -> {
                for (int maand = 1; maand <= 12; maand++) {
                    if (maanden[maand] > 0) {
                        perMaand.add(new Maandvolume(maand, s.wet(), maanden[maand], 0));
                    }
                }
            });
            clienten.forEach((s, maanden) -> {
                if (maanden[0] > 0) {
                    beginstand.add(new Beginstand(s.wet(), maanden[0]));
                }
                for (int maand = 1; maand <= 12; maand++) {
                    if (maanden[maand] > 0) {
                        perMaand.add(new Maandvolume(maand, s.wet(), 0, maanden[maand]));
                    }
                }
            });
            return new Jaarvolume(List.copyOf(perMaand), List.copyOf(beginstand));
        }
    }
}
