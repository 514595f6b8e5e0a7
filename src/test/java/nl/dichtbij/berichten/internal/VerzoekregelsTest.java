package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.xml.Standaard;

import org.junit.jupiter.api.Test;

/** One test per rule on a verzoek om wijziging (317); the client has two current toewijzingen, 1001 and 1002. */
class VerzoekregelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);
    private static final Set<Long> ACTUEEL = Set.of(1001L, 1002L);

    private static Toewijzing toewijzing(String redenWijziging, LocalDate einde) {
        return new Toewijzing(1, "0632", Standaard.IJW, 1001, null, null, "999900006", "42420001", "Jeugdhulp Voorbeeld B.V.", "45", "45A48",
                "Ambulante jeugdhulp", LocalDate.of(2026, 1, 1), einde, 4, "04", "2", null, redenWijziging, null, null, Levering.GESTART, null, null, null);
    }

    @Test
    void aToewijzingIsCurrentUntilItsEndAndUnlessWithdrawn() {
        assertThat(Verzoekregels.actueel(toewijzing(null, null), VANDAAG)).isTrue();
        assertThat(Verzoekregels.actueel(toewijzing(null, VANDAAG), VANDAAG)).as("its last day").isTrue();
        assertThat(Verzoekregels.actueel(toewijzing(null, VANDAAG.minusDays(1)), VANDAAG)).isFalse();
        assertThat(Verzoekregels.actueel(toewijzing("13", null), VANDAAG)).as("withdrawn (RedenWijziging 13)").isFalse();
    }

    @Test
    void tr350AnUnchangedProductIsACurrentToewijzing() {
        assertThat(Verzoekregels.ongewijzigdProduct(ACTUEEL, 1001L)).isEmpty();
        assertThat(Verzoekregels.ongewijzigdProduct(ACTUEEL, 999L)).contains(Retourcode.ONGEWIJZIGD_PRODUCT_ZONDER_TOEWIJZING);
    }

    @Test
    void tr351AProductToChangeIsACurrentToewijzing() {
        assertThat(Verzoekregels.teWijzigenProduct(ACTUEEL, 1002L)).isEmpty();
        assertThat(Verzoekregels.teWijzigenProduct(ACTUEEL, 999L)).contains(Retourcode.TE_WIJZIGEN_PRODUCT_ZONDER_TOEWIJZING);
    }

    @Test
    void tr349TheVerzoekNamesEveryCurrentToewijzing() {
        assertThat(Verzoekregels.alleActueleProducten(ACTUEEL, List.of(1001L, 1002L))).isEmpty();
        assertThat(Verzoekregels.alleActueleProducten(ACTUEEL, List.of(1002L))).contains(Retourcode.NIET_ALLE_ACTUELE_PRODUCTEN);
        assertThat(Verzoekregels.alleActueleProducten(Set.of(), List.of())).as("no current toewijzing: nothing to name").isEmpty();
    }
}
