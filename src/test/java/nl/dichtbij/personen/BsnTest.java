package nl.dichtbij.personen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999900006", "999900018", "123456782", "111222333"})
    void acceptsNumbersThatPassTheElevenTest(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "999900007", "12345678", "1234567890", "abcdefghi", "", "000000000"})
    void refusesEverythingElse(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999900006"})
    void masksAllButTheLastThreeDigits(String bsn) {
        assertThat(Bsn.gemaskeerd(bsn)).isEqualTo("******006");
    }
}
