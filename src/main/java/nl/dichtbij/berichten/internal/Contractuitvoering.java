package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.aanbod.Uitvoeringscijfers;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How contracts are carried out, from the message traffic: spend from granted declarations, waiting from 301 to 305. */
@Component
class Contractuitvoering implements Uitvoeringscijfers {

    private final JdbcClient jdbc;

    Contractuitvoering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long besteedCenten(String gemeenteCode, String aanbiederAgb, Wet wet, int jaar, java.util.Collection<String> productcodes) {
        Standaard standaard = standaard(wet);
        if (standaard == null || (productcodes != null && productcodes.isEmpty())) {
            return 0;
        }
        Map<String, Object> params = new java.util.HashMap<>(Map.of("gemeente", gemeenteCode, "agb", aanbiederAgb, "van", LocalDate.of(jaar, 1, 1),
                "tot", LocalDate.of(jaar + 1, 1, 1), "standaard", standaard.name()));
        if (productcodes != null) {
            params.put("producten", productcodes);
        }
        return jdbc.sql("""
                        select sum(bedrag_centen) from declaratie_regel
                        where gemeente_code = :gemeente and aanbieder_agb = :agb and begindatum >= :van and begindatum < :tot and standaard = :standaard"""
                        + (productcodes == null ? "" : " and productcode in (:producten)"))
                .params(params)
                .query((rs, i) -> rs.getLong(1)).single(); // no rows: SUM is NULL, which getLong reads as 0
    }

    @Override
    public Map<String, Long> besteedPerAanbieder(String gemeenteCode, int jaar) {
        Map<String, Long> besteed = new LinkedHashMap<>();
        jdbc.sql("""
                        select aanbieder_agb, sum(bedrag_centen) as centen from declaratie_som_aanbieder
                        where gemeente_code = ? and jaar = ? group by aanbieder_agb""")
                .params(gemeenteCode, jaar)
                .query((rs, i) -> besteed.put(rs.getString(1), rs.getLong(2))).list();
        return besteed;
    }

    @Override
    public Integer wachttijdDagen(String gemeenteCode, String aanbiederAgb, Wet wet, LocalDate op) {
        return standaard(wet) == null ? null : mediaan(wachtdagen(gemeenteCode, aanbiederAgb, standaard(wet), op).getOrDefault(aanbiederAgb, new java.util.TreeMap<>()));
    }

    @Override
    public Map<String, Integer> wachttijden(String gemeenteCode, Wet wet, LocalDate op) {
        Map<String, Integer> wachttijden = new java.util.HashMap<>();
        if (standaard(wet) != null) {
            wachtdagen(gemeenteCode, null, standaard(wet), op).forEach((agb, dagen) -> wachttijden.put(agb, mediaan(dagen)));
        }
        return wachttijden;
    }

    /**
     * Per provider (one, or all when {@code aanbiederAgb} is null) how many starts of the last year waited how many days
     * ({@code toewijzing.wachtdagen}, fixed when the start was recorded): counted per day in the database, a few rows per provider.
     */
    private Map<String, java.util.SortedMap<Integer, Long>> wachtdagen(String gemeenteCode, String aanbiederAgb, Standaard standaard, LocalDate op) {
        Map<String, java.util.SortedMap<Integer, Long>> dagen = new java.util.HashMap<>();
        jdbc.sql("""
                        select aanbieder_agb, wachtdagen, count(*) from toewijzing
                        where gemeente_code = :gemeente and standaard = :standaard and levering_begindatum > :van and levering_begindatum <= :tot
                          and wachtdagen is not null and (reden_wijziging is null or reden_wijziging <> '13')"""
                        + (aanbiederAgb == null ? "" : " and aanbieder_agb = :agb") + " group by aanbieder_agb, wachtdagen")
                .params(aanbiederAgb == null ? Map.of("gemeente", gemeenteCode, "standaard", standaard.name(), "van", op.minusYears(1), "tot", op)
                        : Map.of("gemeente", gemeenteCode, "standaard", standaard.name(), "van", op.minusYears(1), "tot", op, "agb", aanbiederAgb))
                .query((rs, i) -> dagen.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>()).merge(rs.getInt(2), rs.getLong(3), Long::sum))
                .list();
        return dagen;
    }

    /** The median of a count per day (days ascending): the middle one, or the two middle ones averaged and rounded half up. */
    static Integer mediaan(java.util.SortedMap<Integer, Long> aantalPerDag) {
        long n = aantalPerDag.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        Integer onder = null;
        long gezien = 0;
        for (Map.Entry<Integer, Long> dag : aantalPerDag.entrySet()) {
            gezien += dag.getValue();
            if (onder == null && gezien >= (n + 1) / 2) {
                onder = dag.getKey();
            }
            if (gezien >= n / 2 + 1) {
                return n % 2 == 1 ? onder : (int) Math.round((onder + dag.getKey()) / 2.0);
            }
        }
        throw new IllegalStateException("unreachable: the counts add up to n");
    }

    @Override
    public List<Geweigerd> geweigerdOpTarief(String gemeenteCode, int jaar) {
        return jdbc.sql("""
                        select extract(month from begindatum) as maand, aanbieder_agb, count(*) as aantal, sum(bedrag_centen) as centen
                        from declaratie_afwijzing where gemeente_code = ? and begindatum >= ? and begindatum < ? and tarief_afgewezen = true
                        group by extract(month from begindatum), aanbieder_agb order by 1, 2""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> new Geweigerd(rs.getInt("maand"), rs.getString("aanbieder_agb"), rs.getLong("aantal"), rs.getLong("centen")))
                .list();
    }

    private static Standaard standaard(Wet wet) {
        for (Standaard s : Standaard.values()) {
            if (s.wet() == wet) {
                return s;
            }
        }
        return null;
    }
}
