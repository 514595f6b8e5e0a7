package nl.dichtbij.sturing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.dichtbij.zrm.ZrmDomein;

/**
 * The outcome monitor's aggregate, one pass over one table (public so the national benchmark runs exactly this SQL): per group
 * and side (professional, resident) the number of residents and per ZRM domain the distribution of the baseline scores
 * ({@code i<n>_<score>}), and over the residents with both a baseline and a later score in that domain the two sums
 * ({@code bi<n>}, {@code bl<n>}) and their number ({@code p<n>}); n is the domain's ordinal. Parameter {@code gemeente}; with
 * {@code eenGroep} (a grouping per kenmerk) also {@code code}.
 */
public final class UitkomstSql {

    private UitkomstSql() {
    }

    /** The column of a domain's score: {@code i_financien} (baseline) or {@code l_financien} (latest). */
    public static String kolom(String soort, ZrmDomein domein) {
        return soort + "_" + domein.name().toLowerCase(Locale.ROOT);
    }

    public static String sql(Uitkomstindeling indeling, boolean alleenAfgesloten, boolean eenGroep) {
        List<String> kolommen = new ArrayList<>();
        String groep = indeling.groepKolom() == null ? "'gemeente'" : indeling.groepKolom();
        kolommen.add(groep + " as groep");
        kolommen.add(indeling.perKenmerk() ? "max(naam) as naam" : "'' as naam");
        kolommen.add("door");
        kolommen.add("count(*) as personen");
        for (ZrmDomein d : ZrmDomein.values()) {
            String i = kolom("i", d);
            String l = kolom("l", d);
            int n = d.ordinal();
            for (int score = 1; score <= 5; score++) {
                kolommen.add("sum(case when " + i + " = " + score + " then 1 else 0 end) as i" + n + "_" + score);
            }
            kolommen.add("sum(case when " + l + " is not null then " + i + " end) as bi" + n);
            kolommen.add("sum(case when " + i + " is not null then " + l + " end) as bl" + n);
            kolommen.add("count(" + i + " + " + l + ") as p" + n);
        }
        StringBuilder sql = new StringBuilder("select ").append(String.join(", ", kolommen))
                .append(" from ").append(indeling.tabel()).append(" where gemeente_code = :gemeente");
        if (eenGroep) {
            sql.append(" and code = :code");
        }
        if (alleenAfgesloten) {
            sql.append(" and afgesloten = true");
        }
        sql.append(indeling.groepKolom() == null ? " group by door" : " group by " + groep + ", door");
        return sql.toString();
    }
}
