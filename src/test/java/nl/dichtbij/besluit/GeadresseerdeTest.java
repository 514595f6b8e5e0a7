package nl.dichtbij.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.personen.Persoon;

import org.junit.jupiter.api.Test;

class GeadresseerdeTest {

    private static final LocalDate DATUM = LocalDate.of(2026, 12, 2);
    private final Persoon moeder = new Persoon("111222333", "0632", 1, "Sanne", "de", "Wit", LocalDate.of(1985, 3, 1));
    private final Persoon vader = new Persoon("111222345", "0632", 2, "Mark", "de", "Wit", LocalDate.of(1983, 6, 9));

    private Persoon kindGeborenOp(LocalDate geboren) {
        return new Persoon("222333444", "0632", 1, "Tom", "de", "Wit", geboren);
    }

    @Test
    void aChildUnderSixteenIsWrittenToThroughHisParentsAtTheFirstParentsAddress() {
        Geadresseerde aan = Geadresseerde.voor(kindGeborenOp(DATUM.minusYears(16).plusDays(1)), List.of(moeder, vader), DATUM);
        assertThat(aan.namen()).containsExactly("Sanne de Wit", "Mark de Wit");
        assertThat(aan.aanhef()).isEqualTo("Sanne de Wit en Mark de Wit");
        assertThat(aan.adresVan()).isEqualTo(moeder);
        assertThat(aan.over()).isEqualTo("Tom de Wit");
    }

    @Test
    void theLetterGoesToTheChildsHomeWhenTheParentsLiveApart() {
        Persoon kind = new Persoon("222333444", "0632", 2, "Tom", "de", "Wit", DATUM.minusYears(9));
        Geadresseerde aan = Geadresseerde.voor(kind, List.of(moeder, vader), DATUM);
        assertThat(aan.adresVan()).as("Tom lives with his father").isEqualTo(vader);
        assertThat(aan.namen()).containsExactly("Sanne de Wit", "Mark de Wit");
    }

    @Test
    void fromTheSixteenthBirthdayTheYoungPersonGetsHisOwnLetter() {
        Persoon tom = kindGeborenOp(DATUM.minusYears(16));
        Geadresseerde aan = Geadresseerde.voor(tom, List.of(moeder, vader), DATUM);
        assertThat(aan.namen()).containsExactly("Tom de Wit");
        assertThat(aan.adresVan()).isEqualTo(tom);
        assertThat(aan.over()).isNull();
    }

    @Test
    void aChildWithoutRegisteredParentsIsWrittenToHimself() {
        Persoon kind = kindGeborenOp(DATUM.minusYears(9));
        assertThat(Geadresseerde.voor(kind, List.of(), DATUM).namen()).containsExactly("Tom de Wit");
    }
}
