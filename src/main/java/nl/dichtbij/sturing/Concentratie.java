package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the spend is spread over households: the households ranked by what their care cost, in ten equal groups (deciles,
 * the most expensive first), the share of the spend of the most expensive tenth, and how few households carry 70% of
 * it (seed 003: about 300 families carry 70% of youth spend). A pure calculation over the households' totals.
 */
public record Concentratie(long huishoudens, long totaalCenten, BigDecimal procentTopDeciel, long huishoudensVoor70,
                           BigDecimal procentHuishoudensVoor70, List<Deciel> decielen) {

    /** The share of spend the households ranked in this tenth carry; deciel 1 holds the most expensive. */
    public record Deciel(int deciel, long huishoudens, long centen, BigDecimal procentUitgaven, BigDecimal cumulatiefProcent) {

        public long euro() {
            return Math.round(centen / 100.0);
        }
    }

    /** One household's spend in the year. */
    public record Huishoudkosten(long huishoudenId, long centen) {
    }

    /** The ranking behind everything: most expensive first, equal amounts by household id so the order is stable. */
    public static final Comparator<Huishoudkosten> RANGORDE = (a, b) -> a.centen() != b.centen() ? Long.compare(b.centen(), a.centen())
            : Long.compare(a.huishoudenId(), b.huishoudenId());

    /**
     * Households with a positive spend only. A tenth holds whole households: the household ranked {@code i} (from 0)
     * falls in tenth {@code floor(10 i / n) + 1}, so with 25 households the tenths hold 3, 2, 3, 2, … households.
     */
    public static Concentratie van(List<Huishoudkosten> kosten) {
        return vanBedragen(kosten.stream().mapToLong(Huishoudkosten::centen).toArray());
    }

    /**
     * As {@link #van} from the households' amounts alone: the tenths and the 70% only need the amounts in order, and two
     * households with the same amount add the same to any tenth whichever comes first. Sorting the numbers instead of a
     * ranked object per household takes a tenth of the time for the hundreds of thousands of a national municipality.
     */
    static Concentratie vanBedragen(long[] bedragen) {
        long[] gerangschikt = java.util.Arrays.stream(bedragen).filter(c -> c > 0).toArray();
        java.util.Arrays.sort(gerangschikt);
        int n = gerangschikt.length;
        long totaal = 0;
        for (long c : gerangschikt) {
            totaal += c;
        }
        long[] aantal = new long[10];
        long[] centen = new long[10];
        long voor70 = 0;
        long opgeteld = 0;
        for (int i = 0; i < n; i++) {
            // ascending in the array, so the most expensive is at the end
            long bedrag = gerangschikt[n - 1 - i];
            int deciel = (int) (10L * i / n);
            aantal[deciel]++;
            centen[deciel] += bedrag;
            if (opgeteld * 10 < totaal * 7) {
                voor70++;
            }
            opgeteld += bedrag;
        }
        List<Deciel> decielen = new ArrayList<>();
        long cumulatief = 0;
        for (int d = 0; d < 10 && n > 0; d++) {
            cumulatief += centen[d];
            decielen.add(new Deciel(d + 1, aantal[d], centen[d], Stapelingsanalyse.procent(centen[d], totaal),
                    Stapelingsanalyse.procent(cumulatief, totaal)));
        }
        return new Concentratie(n, totaal, n == 0 ? null : Stapelingsanalyse.procent(centen[0], totaal), voor70,
                Stapelingsanalyse.procent(voor70, n), List.copyOf(decielen));
    }

    /** The number of households in the most expensive tenth. */
    public long huishoudensTopDeciel() {
        return decielen.isEmpty() ? 0 : decielen.getFirst().huishoudens();
    }
}
