package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.dichtbij.berichten.Aanbiedercijfers.Besteding;
import nl.dichtbij.berichten.Aanbiedercijfers.Plaats;
import nl.dichtbij.berichten.Aanbiedercijfers.Uitstroomgroep;

import org.junit.jupiter.api.Test;

/** The pure part of the provider figures: the 80/20 cut, spend per client and the JZ588 groups, with exact numbers. */
class AanbiedercijfersTest {

    @Test
    void theSmallestGroupOfTopProvidersThatReachesEightyPercent() {
        // 10,000 in all: A 5,000 (50%), B 2,500 (75%), C 1,000 (85%), D 900 (94%), E 600 (100%), F nothing
        List<Plaats> lijst = Aanbiedercijfers.tachtigTwintig(List.of(new Besteding("00000005", "E", 600_00, 2),
                new Besteding("00000003", "C", 1_000_00, 3), new Besteding("00000001", "A", 5_000_00, 20), new Besteding("00000006", "F", 0, 1),
                new Besteding("00000004", "D", 900_00, 4), new Besteding("00000002", "B", 2_500_00, 9)));
        assertThat(lijst).extracting(p -> p.plaats() + " " + p.aanbiederAgb() + " " + p.procent() + " " + p.procentCumulatief() + " " + p.in8020())
                .containsExactly("1 00000001 50.0 50.0 true", "2 00000002 25.0 75.0 true", "3 00000003 10.0 85.0 true",
                        "4 00000004 9.0 94.0 false", "5 00000005 6.0 100.0 false", "6 00000006 0.0 100.0 false");
    }

    @Test
    void exactlyEightyPercentClosesTheGroupAndTiesGoByClientsThenName() {
        // A and B together are exactly 80%: C is not needed
        List<Plaats> precies = Aanbiedercijfers.tachtigTwintig(List.of(new Besteding("00000001", "A", 600, 1), new Besteding("00000002", "B", 200, 1),
                new Besteding("00000003", "C", 200, 5)));
        assertThat(precies).extracting(Plaats::aanbiederAgb).containsExactly("00000001", "00000003", "00000002");
        assertThat(precies).extracting(Plaats::in8020).containsExactly(true, true, false);
        // one provider with all the money is the whole group
        assertThat(Aanbiedercijfers.tachtigTwintig(List.of(new Besteding("00000001", "A", 100, 1), new Besteding("00000002", "B", 0, 7))))
                .extracting(Plaats::in8020).containsExactly(true, false);
        // no money at all: nobody, and no shares
        assertThat(Aanbiedercijfers.tachtigTwintig(List.of(new Besteding("00000001", "A", 0, 3))))
                .singleElement().satisfies(p -> {
                    assertThat(p.in8020()).isFalse();
                    assertThat(p.procent()).isNull();
                });
    }

    @Test
    void spendPerClientInWholeCentsHalfUp() {
        assertThat(Aanbiedercijfers.perClient(100_00, 3)).isEqualTo(33_33L);
        assertThat(Aanbiedercijfers.perClient(5, 2)).as("2.5 cents").isEqualTo(3L);
        assertThat(Aanbiedercijfers.perClient(1_000_00, 0)).isNull();
    }

    @Test
    void jz588ReasonsInFourGroups() {
        assertThat(Uitstroomgroep.van("31")).isEqualTo(Uitstroomgroep.VOLGENS_PLAN);
        assertThat(List.of("32", "33", "34", "35")).allSatisfy(c -> assertThat(Uitstroomgroep.van(c)).isEqualTo(Uitstroomgroep.VOORTIJDIG));
        assertThat(List.of("38", "39")).allSatisfy(c -> assertThat(Uitstroomgroep.van(c)).isEqualTo(Uitstroomgroep.OVERSTAP));
        assertThat(java.util.Arrays.asList("02", "36", "37", null)).allSatisfy(c -> assertThat(Uitstroomgroep.van(c)).isEqualTo(Uitstroomgroep.ANDERS));
    }
}
