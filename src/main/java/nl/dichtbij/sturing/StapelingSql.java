package nl.dichtbij.sturing;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The SQL of the stacking analysis, in one place so the national benchmark runs exactly what the
 * application runs. One pass over the municipality's provisions active in the year: per address
 * (household) the number of provisions and a bitmask of its regelingen ({@link Regeling#bit()}),
 * then per kern, wijk and mask the number of addresses and of those with 3 or more provisions.
 * Everything else (both tables, per wijk and kern) is summed in Java from these few rows.
 * Portable between H2 2.x and PostgreSQL; parameters {@code :gemeente}, {@code :begin}, {@code :einde},
 * and a range of household ids {@code :van} (inclusive) to {@code :tot} (exclusive): a household lies
 * wholly in one range, so ranges run side by side on several connections and their rows add up.
 */
public final class StapelingSql {

    public static final String SQL = """
            select a.kern, a.wijk, a.masker, count(*) as adressen, sum(case when a.aantal >= 3 then 1 else 0 end) as drie_of_meer
            from (select v.huishouden_id, min(v.kern) as kern, min(v.wijk) as wijk, count(*) as aantal,
                         %s as masker
                  from voorziening v
                  where v.gemeente_code = :gemeente and v.huishouden_id >= :van and v.huishouden_id < :tot
                    and v.startdatum <= :einde and (v.einddatum is null or v.einddatum >= :begin)
                  group by v.huishouden_id) a
            group by a.kern, a.wijk, a.masker""".formatted(masker());

    /** The lowest and highest household id with a provision in the municipality (an index lookup each). */
    public static final String BEREIK = "select min(huishouden_id), max(huishouden_id) from voorziening where gemeente_code = :gemeente";

    private StapelingSql() {
    }

    private static String masker() {
        return Arrays.stream(Regeling.values())
                .map(r -> "max(case when v.regeling = '" + r.name() + "' then " + r.bit() + " else 0 end)")
                .collect(Collectors.joining(" + "));
    }
}
