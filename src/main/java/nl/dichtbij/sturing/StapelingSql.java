package nl.dichtbij.sturing;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL of the stacking analysis, in one place so the national benchmark runs exactly what the
 * application runs. One pass over the municipality's provisions active in the year: per address
 * (household) the number of provisions, a bitmask of its regelingen ({@link Regeling#bit()}) and its
 * area; then per area (kern and wijk) the number of addresses for each mask and the number with 3 or
 * more provisions. Everything else (both tables, per wijk and kern) is summed in Java from these rows.
 * <p>
 * Why it is shaped like this (measured on 3 million provisions, see README): the households come in
 * household order from the narrow index {@code voorziening_stapeling}, so the first aggregation streams;
 * the second groups by area only, one row per area with a column per mask, so its hash table stays a
 * few thousand entries and never spills to disk, where grouping by area and mask (tens of thousands of
 * groups nationally) did with PostgreSQL's default work_mem.
 * <p>
 * Portable between H2 2.x and PostgreSQL; parameters {@code :gemeente}, {@code :begin}, {@code :einde},
 * and a range of household ids {@code :van} (inclusive) to {@code :tot} (exclusive): a household lies
 * wholly in one range, so ranges run side by side on several connections and their rows add up.
 * A household whose provisions name different areas (it moved) counts once, in one of them.
 */
public final class StapelingSql {

    /** The highest mask: every regeling. Column {@code masker_m} holds the addresses with exactly the regelingen of mask m. */
    public static final int MAX_MASKER = (1 << Regeling.values().length) - 1;

    public static final String SQL = """
            select g.kern, g.wijk, t.drie_of_meer, %s
            from (select a.gebied_id, sum(case when a.aantal >= 3 then 1 else 0 end) as drie_of_meer,
                         %s
                  from (select v.huishouden_id, min(v.gebied_id) as gebied_id, count(*) as aantal, bit_or(v.regeling_bit) as masker
                        from voorziening v
                        where v.gemeente_code = :gemeente and v.huishouden_id >= :van and v.huishouden_id < :tot
                          and v.startdatum <= :einde and (v.einddatum is null or v.einddatum >= :begin)
                        group by v.huishouden_id) a
                  group by a.gebied_id) t
            join voorziening_gebied g on g.id = t.gebied_id""".formatted(
            maskers().mapToObj(StapelingSql::kolom).map(k -> "t." + k).collect(Collectors.joining(", ")),
            maskers().mapToObj(m -> "sum(case when a.masker = " + m + " then 1 else 0 end) as " + kolom(m)).collect(Collectors.joining(",\n" + " ".repeat(25))));

    /** The lowest and highest household id with a provision in the municipality (an index lookup each). */
    public static final String BEREIK = "select min(huishouden_id), max(huishouden_id) from voorziening where gemeente_code = :gemeente";

    private StapelingSql() {
    }

    static IntStream maskers() {
        return IntStream.rangeClosed(1, MAX_MASKER);
    }

    static String kolom(int masker) {
        return "masker_" + masker;
    }
}
