package nl.dichtbij.marktplaats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Bedrag;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * beleid's figures on the marketplace of its municipality: requests, bids per request, time to award, the share awarded
 * against the fallback, and the price spread per request type. Counted in the database on the module's own tables; nothing
 * in them identifies a resident.
 */
@Service
public class Marktcijfers {

    /** Per request type (product): how many requests and bids, and the lowest, median and highest price offered. */
    public record Soortregel(String productcode, String soort, long verzoeken, long biedingen, Marktregels.Spreiding spreiding) {

        public String laagste() {
            return spreiding == null ? "–" : euro(spreiding.laagste());
        }

        public String mediaan() {
            return spreiding == null ? "–" : euro(spreiding.mediaan());
        }

        public String hoogste() {
            return spreiding == null ? "–" : euro(spreiding.hoogste());
        }
    }

    public record Cijfers(long verzoeken, long open, long gegund, long terugval, long biedingen, String biedingenPerVerzoek, String dagenTotGunning,
                          String aandeelGegund, List<Soortregel> perSoort) {
    }

    private final JdbcClient jdbc;
    private final java.time.Clock klok;

    Marktcijfers(JdbcClient jdbc, java.time.Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    @Transactional(readOnly = true)
    public Cijfers cijfers(Gebruiker beleid) {
        Marktplaats.alleenBeleid(beleid);
        String g = beleid.gemeenteCode();
        Map<String, Long> perStatus = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) from marktverzoek where gemeente_code = ? group by status").param(g)
                .query((rs, i) -> perStatus.put(rs.getString(1), rs.getLong(2))).list();
        long verzoeken = perStatus.values().stream().mapToLong(Long::longValue).sum();
        long gegund = perStatus.getOrDefault("GEGUND", 0L);
        long terugval = perStatus.getOrDefault("TERUGVAL", 0L);
        // a count of bids is no content, but beleid reads it only once the deadline passed, like the bids themselves
        long biedingen = jdbc.sql("select count(*) from marktbod b join marktverzoek v on v.id = b.verzoek_id where v.gemeente_code = ? and v.sluit_op <= ?")
                .params(g, java.sql.Timestamp.from(klok.instant())).query(Long.class).single();
        List<long[]> doorloop = jdbc.sql("select gepubliceerd_op, afgerond_op from marktverzoek where gemeente_code = ? and status = 'GEGUND'").param(g)
                .query((rs, i) -> new long[] {rs.getTimestamp(1).getTime(), rs.getTimestamp(2).getTime()}).list();
        String dagen = doorloop.isEmpty() ? "–" : BigDecimal.valueOf(doorloop.stream().mapToLong(d -> d[1] - d[0]).average().orElse(0) / 86_400_000d)
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " dagen";
        String perVerzoek = verzoeken == 0 ? "–" : BigDecimal.valueOf(biedingen).divide(BigDecimal.valueOf(verzoeken), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
        String aandeel = gegund + terugval == 0 ? "–" : Math.round(100d * gegund / (gegund + terugval)) + "% gegund, "
                + Math.round(100d * terugval / (gegund + terugval)) + "% terugval";
        Map<String, List<Long>> prijzen = new LinkedHashMap<>();
        jdbc.sql("select v.productcode, b.prijs_centen from marktbod b join marktverzoek v on v.id = b.verzoek_id where v.gemeente_code = ? and v.sluit_op <= ?")
                .params(g, java.sql.Timestamp.from(klok.instant()))
                .query((rs, i) -> prijzen.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
        List<Soortregel> perSoort = jdbc.sql("""
                        select v.productcode, max(v.soort), count(distinct v.id), count(b.id)
                        from marktverzoek v left join marktbod b on b.verzoek_id = v.id and v.sluit_op <= ?
                        where v.gemeente_code = ? group by v.productcode order by v.productcode""").params(java.sql.Timestamp.from(klok.instant()), g)
                .query((rs, i) -> new Soortregel(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        Marktregels.spreiding(prijzen.getOrDefault(rs.getString(1), List.of())))).list();
        return new Cijfers(verzoeken, perStatus.getOrDefault("GEPUBLICEERD", 0L) + perStatus.getOrDefault("VOORGESTELD", 0L), gegund, terugval, biedingen,
                perVerzoek, dagen, aandeel, perSoort);
    }

    private static String euro(long centen) {
        return Bedrag.tekst(BigDecimal.valueOf(centen, 2));
    }
}
