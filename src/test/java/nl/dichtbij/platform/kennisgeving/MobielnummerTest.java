package nl.dichtbij.platform.kennisgeving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobielnummerTest {

    @Test
    void aDutchMobileNumberAsPeopleTypeIt() {
        assertThat(Mobielnummer.normaal("06 12 34 56 78")).hasValue("+31612345678");
        assertThat(Mobielnummer.normaal("06-12345678")).hasValue("+31612345678");
        assertThat(Mobielnummer.normaal("+31 6 1234 5678")).hasValue("+31612345678");
        assertThat(Mobielnummer.normaal("0031612345678")).hasValue("+31612345678");
        assertThat(Mobielnummer.leesbaar("+31612345678")).isEqualTo("06 12 34 56 78");
    }

    @Test
    void notALandlineNorTooShortNorForeign() {
        assertThat(Mobielnummer.normaal("0348 123456")).isEmpty();
        assertThat(Mobielnummer.normaal("06 1234 567")).isEmpty();
        assertThat(Mobielnummer.normaal("+32 470 12 34 56")).isEmpty();
        assertThat(Mobielnummer.normaal(null)).isEmpty();
    }
}
