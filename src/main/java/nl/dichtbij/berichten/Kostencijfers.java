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

    /** The volume of a year: what {@link #volume} and {@link #beginstand} would give, from two queries instead of three. */
    public record Jaarvolume(List<Maandvolume> perMaand, List<Beginstand> beginstand) {
    }

    /**
     * Per month and law the toewijzingen that start in it, and the residents whose first toewijzing running in the year
     * starts in it while none of theirs ran on the first of January; and per law the residents in care on the first of January
     * (a toewijzing that started before the year and still ran then): with the new clients they are the year's clients.
     * Withdrawn toewijzingen (RedenWijziging 13) do not count.
     */
    public Jaarvolume volume(String gemeenteCode, int jaar) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate volgend = LocalDate.of(jaar + 1, 1, 1);
        List<Maandvolume> trajecten = jdbc.sql("""
                        select extract(month from ingangsdatum) as maand, standaard, count(*) as aantal from toewijzing
                        where gemeente_code = :gemeente and ingangsdatum >= :begin and ingangsdatum < :volgend
                          and (reden_wijziging is null or reden_wijziging <> '13')
                        group by extract(month from ingangsdatum), standaard""")
                .param("gemeente", gemeenteCode).param("begin", begin).param("volgend", volgend)
                .query((rs, i) -> new Maandvolume(rs.getInt(1), Standaard.valueOf(rs.getString(2)).wet(), rs.getLong(3), 0))
                .list();
        // per resident and law the first toewijzing running in the year: before the year (month 0) means in care on 1 January
        List<Maandvolume> clienten = new java.util.ArrayList<>();
        List<Beginstand> beginstand = new java.util.ArrayList<>();
        jdbc.sql("""
                        select m.maand, m.standaard, count(*) as aantal from (
                          select case when n.eerste < :begin then 0 else extract(month from n.eerste) end as maand, n.standaard from (
                            select persoon_bsn, standaard, min(ingangsdatum) as eerste from toewijzing
                            where gemeente_code = :gemeente and ingangsdatum < :volgend and (einddatum is null or einddatum >= :begin)
                              and (reden_wijziging is null or reden_wijziging <> '13')
                            group by persoon_bsn, standaard) n) m
                        group by m.maand, m.standaard""")
                .param("gemeente", gemeenteCode).param("begin", begin).param("volgend", volgend)
                .query(rs -> {
                    Wet wet = Standaard.valueOf(rs.getString(2)).wet();
                    if (rs.getInt(1) == 0) {
                        beginstand.add(new Beginstand(wet, rs.getLong(3)));
                    } else {
                        clienten.add(new Maandvolume(rs.getInt(1), wet, 0, rs.getLong(3)));
                    }
                });
        return new Jaarvolume(java.util.stream.Stream.concat(trajecten.stream(), clienten.stream()).toList(), List.copyOf(beginstand));
    }
}
