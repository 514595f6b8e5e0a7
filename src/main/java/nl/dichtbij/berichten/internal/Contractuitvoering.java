package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
                        select aanbieder_agb, sum(bedrag_centen) as centen from declaratie_regel
                        where gemeente_code = ? and begindatum >= ? and begindatum < ? group by aanbieder_agb""")
                .params(gemeenteCode, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1))
                .query((rs, i) -> besteed.put(rs.getString(1), rs.getLong(2))).list();
        return besteed;
    }

    @Override
    public Integer wachttijdDagen(String gemeenteCode, String aanbiederAgb, Wet wet, LocalDate op) {
        return standaard(wet) == null ? null : mediaan(wachtdagen(gemeenteCode, aanbiederAgb, standaard(wet), op).getOrDefault(aanbiederAgb, List.of()));
    }

    @Override
    public Map<String, Integer> wachttijden(String gemeenteCode, Wet wet, LocalDate op) {
        Map<String, Integer> wachttijden = new java.util.HashMap<>();
        if (standaard(wet) != null) {
            wachtdagen(gemeenteCode, null, standaard(wet), op).forEach((agb, dagen) -> wachttijden.put(agb, mediaan(dagen)));
        }
        return wachttijden;
    }

    /** Per provider (one, or all when {@code aanbiederAgb} is null) the days each start of the last year waited. */
    private Map<String, List<Long>> wachtdagen(String gemeenteCode, String aanbiederAgb, Standaard standaard, LocalDate op) {
        Map<String, List<Long>> dagen = new java.util.HashMap<>();
        jdbc.sql("""
                        select aanbieder_agb, ingangsdatum, toegewezen_op, levering_begindatum from toewijzing
                        where gemeente_code = :gemeente and standaard = :standaard and levering_begindatum > :van and levering_begindatum <= :tot
                          and (reden_wijziging is null or reden_wijziging <> '13')""" + (aanbiederAgb == null ? "" : " and aanbieder_agb = :agb"))
                .params(aanbiederAgb == null ? Map.of("gemeente", gemeenteCode, "standaard", standaard.name(), "van", op.minusYears(1), "tot", op)
                        : Map.of("gemeente", gemeenteCode, "standaard", standaard.name(), "van", op.minusYears(1), "tot", op, "agb", aanbiederAgb))
                .query((rs, i) -> {
                    LocalDate toegewezen = rs.getTimestamp("toegewezen_op").toInstant().atZone(nl.dichtbij.platform.ClockConfig.AMSTERDAM).toLocalDate();
                    LocalDate ingang = rs.getDate("ingangsdatum").toLocalDate();
                    LocalDate begin = rs.getDate("levering_begindatum").toLocalDate();
                    // toegewezen_op moves with every later change of the toewijzing; a change after the start says nothing about the wait
                    LocalDate vanaf = toegewezen.isAfter(begin) || ingang.isAfter(toegewezen) ? ingang : toegewezen;
                    return dagen.computeIfAbsent(rs.getString("aanbieder_agb"), k -> new java.util.ArrayList<>())
                            .add(Math.max(0, ChronoUnit.DAYS.between(vanaf, begin)));
                })
                .list();
        return dagen;
    }

    static Integer mediaan(List<Long> ongesorteerd) {
        if (ongesorteerd.isEmpty()) {
            return null;
        }
        List<Long> dagen = ongesorteerd.stream().sorted().toList();
        int midden = dagen.size() / 2;
        return (int) (dagen.size() % 2 == 1 ? dagen.get(midden) : Math.round((dagen.get(midden - 1) + dagen.get(midden)) / 2.0));
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
