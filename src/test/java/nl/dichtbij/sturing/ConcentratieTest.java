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
