package nl.dichtbij.berichten;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per product code of the municipality's product list: the residents with a toewijzing running in the year, and the deliveries
 * that ended for good in the year, of which as planned (JZ588 31). Person-free; for "what works" per intervention (issue 18).
 */
@Service
public class Productcijfers {

    public record Product(String productcode, long clienten, long uitstroom, long volgensPlan) {
    }

    private final JdbcClient jdbc;

    Productcijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<String, Product> perProduct(String gemeenteCode, int jaar) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate eind = LocalDate.of(jaar, 12, 31);
        Map<String, long[]> tellingen = new LinkedHashMap<>();
        jdbc.sql("""
                        select productcode, count(distinct persoon_bsn) from toewijzing
                        where gemeente_code = :gemeente and productcode is not null and ingangsdatum <= :eind
                          and (einddatum is null or einddatum >= :begin)
                        group by productcode""")
                .param("gemeente", gemeenteCode).param("begin", begin).param("eind", eind)
                .query(rs -> {
                    tellingen.computeIfAbsent(rs.getString(1), k -> new long[3])[0] = rs.getLong(2);
                });
        // as the provider page counts outflow: stopped for good in the year, a correction (20) is no outflow
        jdbc.sql("""
                        select productcode, count(*), sum(case when reden_beeindiging = '31' then 1 else 0 end) from toewijzing
                        where gemeente_code = :gemeente and productcode is not null and levering = 'GESTOPT'
                          and levering_einddatum >= :begin and levering_einddatum <= :eind
                          and (reden_beeindiging is null or reden_beeindiging <> '20')
                        group by productcode""")
                .param("gemeente", gemeenteCode).param("begin", begin).param("eind", eind)
                .query(rs -> {
                    long[] t = tellingen.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    t[1] = rs.getLong(2);
                    t[2] = rs.getLong(3);
                });
        Map<String, Product> perProduct = new LinkedHashMap<>();
        tellingen.forEach((code, t) -> perProduct.put(code, new Product(code, t[0], t[1], t[2])));
        return perProduct;
    }
}
