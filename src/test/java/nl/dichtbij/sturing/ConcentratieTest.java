package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConcentratieTest {

    private static Concentratie.Huishoudkosten h(long id, long centen) {
        return new Concentratie.Huishoudkosten(id, centen);
    }

    @Test
    void fromTheAmountsAloneAsFromTheRankedHouseholds() {
        // the ranking by object (most expensive first, then by id) as the teamleider's list has it, against the sorted amounts
        java.util.Random toeval = new java.util.Random(17);
        for (int ronde = 0; ronde < 20; ronde++) {
            List<Concentratie.Huishoudkosten> kosten = new ArrayList<>();
            int n = 1 + toeval.nextInt(2_000);
            for (long id = 0; id < n; id++) {
                // few distinct amounts, so that many households tie; some without money or with a credit
                kosten.add(h(id, toeval.nextInt(50) * 1_000L - 5_000));
            }
            List<Concentratie.Huishoudkosten> gerangschikt = kosten.stream().filter(k -> k.centen() > 0).sorted(Concentratie.RANGORDE).toList();
            long totaal = gerangschikt.stream().mapToLong(Concentratie.Huishoudkosten::centen).sum();
            long[] perTiende = new long[10];
            long voor70 = 0;
            long opgeteld = 0;
            for (int i = 0; i < gerangschikt.size(); i++) {
                perTiende[(int) (10L * i / gerangschikt.size())] += gerangschikt.get(i).centen();
                voor70 += opgeteld * 10 < totaal * 7 ? 1 : 0;
                opgeteld += gerangschikt.get(i).centen();
            }
            Concentratie c = Concentratie.vanBedragen(kosten.stream().mapToLong(Concentratie.Huishoudkosten::centen).toArray());
            assertThat(c.huishoudens()).isEqualTo(gerangschikt.size());
            assertThat(c.totaalCenten()).isEqualTo(totaal);
            assertThat(c.huishoudensVoor70()).isEqualTo(voor70);
            assertThat(c.decielen()).extracting(Concentratie.Deciel::centen)
                    .containsExactlyElementsOf(java.util.Arrays.stream(perTiende).boxed().limit(c.decielen().size()).toList());
        }
    }

    @Test
    void tenHouseholdsOneInEachTenthMostExpensiveFirst() {
        // 6,000 + 4,000 + 1,200 + 7 × 500 = 14,700
        List<Concentratie.Huishoudkosten> kosten = new ArrayList<>(List.of(h(3, 120_000), h(1, 600_000), h(2, 400_000)));
        for (long id = 4; id <= 10; id++) {
            kosten.add(h(id, 50_000));
        }
        Concentratie c = Concentratie.van(kosten);
        assertThat(c.huishoudens()).isEqualTo(10);
        assertThat(c.totaalCenten()).isEqualTo(1_470_000);
        assertThat(c.procentTopDeciel()).hasToString("40.8");
        assertThat(c.huishoudensTopDeciel()).isEqualTo(1);
        assertThat(c.huishoudensVoor70()).as("40.8% and 68.0% are not yet 70%; the third brings 76.2%").isEqualTo(3);
        assertThat(c.procentHuishoudensVoor70()).hasToString("30.0");
        assertThat(c.decielen()).extracting(d -> d.deciel() + " " + d.huishoudens() + " " + d.euro() + " " + d.procentUitgaven() + " " + d.cumulatiefProcent())
                .containsExactly("1 1 6000 40.8 40.8", "2 1 4000 27.2 68.0", "3 1 1200 8.2 76.2", "4 1 500 3.4 79.6", "5 1 500 3.4 83.0",
                        "6 1 500 3.4 86.4", "7 1 500 3.4 89.8", "8 1 500 3.4 93.2", "9 1 500 3.4 96.6", "10 1 500 3.4 100.0");
    }

    @Test
    void tenthsHoldWholeHouseholdsTheFirstRoundedUp() {
        List<Concentratie.Huishoudkosten> kosten = new ArrayList<>();
        for (long id = 1; id <= 25; id++) {
            kosten.add(h(id, id * 100));
        }
        Concentratie c = Concentratie.van(kosten);
        assertThat(c.decielen()).extracting(Concentratie.Deciel::huishoudens).containsExactly(3L, 2L, 3L, 2L, 3L, 2L, 3L, 2L, 3L, 2L);
        assertThat(c.decielen().getFirst().centen()).as("the three most expensive: 25, 24 and 23 hundred cents").isEqualTo(7_200);
        assertThat(c.huishoudensTopDeciel()).isEqualTo(3);
    }

    @Test
    void exactlySeventyPercentNeedsNoMore() {
        Concentratie c = Concentratie.van(List.of(h(1, 70), h(2, 20), h(3, 10)));
        assertThat(c.huishoudensVoor70()).isEqualTo(1);
    }

    @Test
    void householdsWithoutSpendDoNotCountAndEqualAmountsRankByHousehold() {
        Concentratie c = Concentratie.van(List.of(h(9, 500), h(2, 0), h(4, -100), h(3, 500)));
        assertThat(c.huishoudens()).isEqualTo(2);
        assertThat(List.of(h(9, 500), h(3, 500)).stream().sorted(Concentratie.RANGORDE).map(Concentratie.Huishoudkosten::huishoudenId))
                .containsExactly(3L, 9L);
        assertThat(Concentratie.van(List.of()).decielen()).isEmpty();
        assertThat(Concentratie.van(List.of()).procentTopDeciel()).isNull();
    }
}
