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
    public static final Comparator<Huishoudkosten> RANGORDE = Comparator.comparingLong(Huishoudkosten::centen).reversed()
            .thenComparingLong(Huishoudkosten::huishoudenId);

    /**
     * Households with a positive spend only. A tenth holds whole households: the household ranked {@code i} (from 0)
     * falls in tenth {@code floor(10 i / n) + 1}, so with 25 households the tenths hold 3, 2, 3, 2, … households.
     */
    public static Concentratie van(List<Huishoudkosten> kosten) {
        List<Huishoudkosten> gerangschikt = kosten.stream().filter(k -> k.centen() > 0).sorted(RANGORDE).toList();
        long n = gerangschikt.size();
        long totaal = gerangschikt.stream().mapToLong(Huishoudkosten::centen).sum();
        long[] aantal = new long[10];
        long[] centen = new long[10];
        long voor70 = 0;
        long opgeteld = 0;
        for (int i = 0; i < n; i++) {
            int deciel = (int) (10L * i / n);
            aantal[deciel]++;
            centen[deciel] += gerangschikt.get(i).centen();
            if (opgeteld * 10 < totaal * 7) {
                voor70++;
            }
            opgeteld += gerangschikt.get(i).centen();
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
