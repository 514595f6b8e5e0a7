package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerwijzerTest {

    @Test
    void theTypesAreTheCodesOfCod327() {
        assertThat(Verwijzertype.values()).extracting(Verwijzertype::code).containsExactly("01", "02", "03", "04", "05", "06", "08");
        assertThat(Verwijzertype.metCode("02")).contains(Verwijzertype.HUISARTS);
        assertThat(Verwijzertype.metCode("07")).isEmpty();
        assertThat(Verwijzertype.label(null)).isEqualTo("Onbekend");
        assertThat(Verwijzertype.label("04")).isEqualTo("Gecertificeerde instelling");
        assertThat(Verwijzertype.label("99")).isEqualTo("Code 99");
    }

    @Test
    void aReferrerFromStoredValuesNeedsAKnownType() {
        assertThat(Verwijzer.van(null, "01012345", "De Linde")).isEmpty();
        assertThat(Verwijzer.van("99", null, null)).isEmpty();
        assertThat(Verwijzer.van("02", " ", " De Linde ")).contains(new Verwijzer(Verwijzertype.HUISARTS, null, "De Linde"));
        assertThatThrownBy(() -> new Verwijzer(null, "01012345", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegisseurReadsWhoReferred() {
        assertThat(new Verwijzer(Verwijzertype.HUISARTS, "01012345", "Huisartsenpraktijk De Linde").omschrijving())
                .isEqualTo("Verwezen door huisarts Huisartsenpraktijk De Linde (AGB 01012345)");
        assertThat(new Verwijzer(Verwijzertype.HUISARTS, "01012345", null).omschrijving()).isEqualTo("Verwezen door huisarts met AGB-code 01012345");
        assertThat(new Verwijzer(Verwijzertype.JEUGDARTS, null, null).omschrijving()).isEqualTo("Verwezen door jeugdarts");
        assertThat(Verwijzer.GEMEENTE.omschrijving()).isEqualTo("Toegewezen na een besluit van de gemeente");
        assertThat(new Verwijzer(Verwijzertype.ZELFVERWIJZER, null, null).omschrijving()).isEqualTo("Zonder verwijzer aangemeld");
    }
}
