package nl.dichtbij.werkplek.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.personen.Persoon;

import org.junit.jupiter.api.Test;

/** A case in "Mijn zaken" is named by the people who live there, the oldest first, not by its address alone. */
class ZaaknamenTest {

    private static Persoon persoon(String voornaam, int geboren) {
        return new Persoon("9999000" + geboren % 100, "0632", 1, voornaam, "de", "Wit", LocalDate.of(geboren, 1, 1));
    }

    @Test
    void theOldestTwoByNameAndHowManyMore() {
        assertThat(WerkbakController.namen(List.of(persoon("Tom", 2010), persoon("Sanne", 1980)))).isEqualTo("Sanne de Wit, Tom de Wit");
        assertThat(WerkbakController.namen(List.of(persoon("Tom", 2010), persoon("Sanne", 1980), persoon("Lisa", 2012))))
                .isEqualTo("Sanne de Wit, Tom de Wit en 1 ander");
        assertThat(WerkbakController.namen(List.of(persoon("Tom", 2010), persoon("Sanne", 1980), persoon("Lisa", 2012), persoon("Henk", 1944))))
                .isEqualTo("Henk de Wit, Sanne de Wit en 2 anderen");
        assertThat(WerkbakController.namen(List.of())).isEmpty();
    }
}
