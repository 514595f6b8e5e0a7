package nl.dichtbij.zrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every domain explains all five levels, each differently, in sentences short enough to read while scoring. */
class ZrmNiveausTest {

    @Test
    void everyDomainHasFiveDifferentLevels() {
        Set<String> alle = new HashSet<>();
        for (ZrmDomein domein : ZrmDomein.values()) {
            assertThat(ZrmNiveaus.niveaus(domein)).as(domein.label()).hasSize(5).doesNotHaveDuplicates()
                    .allSatisfy(n -> assertThat(n).isNotBlank().endsWith(".").hasSizeLessThan(140));
            alle.addAll(ZrmNiveaus.niveaus(domein));
        }
        assertThat(alle).as("no domain copies another's levels").hasSize(13 * 5);
    }

    @Test
    void aScoreReadsAsItsLevel() {
        assertThat(ZrmNiveaus.beschrijving(ZrmDomein.HUISVESTING, 1)).isEqualTo("Dakloos, of slaapt in de nachtopvang.");
        assertThat(ZrmNiveaus.beschrijving(ZrmDomein.FINANCIEN, 5)).contains("gespaard");
        assertThatThrownBy(() -> ZrmNiveaus.beschrijving(ZrmDomein.FINANCIEN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZrmNiveaus.beschrijving(ZrmDomein.FINANCIEN, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
