package nl.dichtbij.catalogus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Distance by postcode (issue 19): the rules, without a database. */
class AfstandTest {

    private static final Afstand.Punt WOERDEN = new Afstand.Punt(52.0858, 4.8817);
    private static final Afstand.Punt MONTFOORT = new Afstand.Punt(52.0463, 4.9527);
    private static final Afstand.Punt UTRECHT = new Afstand.Punt(52.0907, 5.1214);

    @Test
    void theGreatCircleDistanceBetweenTheMiddlesOfTwoAreas() {
        assertThat(Afstand.km(WOERDEN, WOERDEN)).isZero();
        assertThat(Afstand.km(WOERDEN, MONTFOORT)).isCloseTo(6.5, within(0.3));
        assertThat(Afstand.km(WOERDEN, UTRECHT)).isCloseTo(16.4, within(0.3));
        assertThat(Afstand.km(WOERDEN, MONTFOORT)).isEqualTo(Afstand.km(MONTFOORT, WOERDEN));
        assertThatThrownBy(() -> new Afstand.Punt(91, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nearByInTenthsFurtherInWholeKilometres() {
        assertThat(Afstand.tekst(0.2)).isEqualTo("in uw buurt (minder dan 1 km)");
        assertThat(Afstand.tekst(3.44)).isEqualTo("ongeveer 3,4 km");
        assertThat(Afstand.tekst(16.4)).isEqualTo("ongeveer 16 km");
    }

    @Test
    void theFourDigitsOfAPostcodeAsAResidentTypesIt() {
        assertThat(Afstand.pc4("3441 bw")).contains("3441");
        assertThat(Afstand.pc4("3441BW")).contains("3441");
        assertThat(Afstand.pc4(" 3441 ")).contains("3441");
        assertThat(Afstand.pc4("0441 BW")).isEmpty();
        assertThat(Afstand.pc4("34411")).isEmpty();
        assertThat(Afstand.pc4("Woerden")).isEmpty();
        assertThat(Afstand.pc4(null)).isEmpty();
    }

    @Test
    void aFileOfAreasIsCheckedRowByRowAndTheGoodRowsAreKept() {
        Postcodegebieden.Lezing lezing = Postcodegebieden.lees("""
                pc4;breedtegraad;lengtegraad
                3441;52,0858;4,8817
                34;52,1;4,8
                3417;48,0;4,9527
                3441;52,0;4,8
                3481;52.0901;4.9621
                3471;52,1;
                """);
        assertThat(lezing.bestandsfout()).isNull();
        assertThat(lezing.gelezen()).isEqualTo(6);
        assertThat(lezing.goed()).extracting(Postcodegebieden.Gebied::pc4).containsExactly("3441", "3481");
        assertThat(lezing.afwijzingen()).extracting(Postcodegebieden.Afwijzing::regel).containsExactly(3L, 4L, 5L, 7L);
        assertThat(lezing.afwijzingen().get(0).reden()).startsWith("De postcode '34' klopt niet");
        assertThat(lezing.afwijzingen().get(1).reden()).startsWith("De breedtegraad '48,0' ligt niet in Nederland");
        assertThat(lezing.afwijzingen().get(2).reden()).isEqualTo("Postcode 3441 staat al eerder in dit bestand.");
        assertThat(lezing.afwijzingen().get(3).reden()).startsWith("De lengtegraad '' ligt niet in Nederland");
        assertThat(Postcodegebieden.lees("postcode;x;y\n3441;52;4\n").bestandsfout()).contains("Deze ontbreken: pc4, breedtegraad, lengtegraad");
        assertThat(Postcodegebieden.lees("  ").bestandsfout()).isEqualTo("Het bestand is leeg.");
    }
}
