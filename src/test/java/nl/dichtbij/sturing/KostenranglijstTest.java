package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.personen.Persoon;

import org.junit.jupiter.api.Test;

class KostenranglijstTest {

    private static Persoon persoon(String bsn, String voornaam, LocalDate geboren) {
        return new Persoon(bsn, "0632", 1L, voornaam, "de", "Vries", geboren);
    }

    @Test
    void twoMembersWithTheSameNameGetTheirYearOfBirth() {
        List<Persoon> wie = List.of(persoon("1", "Jan", LocalDate.of(2008, 5, 1)), persoon("2", "Anna", LocalDate.of(1982, 2, 1)),
                persoon("3", "Jan", LocalDate.of(1980, 3, 1)));
        assertThat(Kostenranglijst.namen(wie)).containsExactly("Anna de Vries", "Jan de Vries (geboren in 1980)", "Jan de Vries (geboren in 2008)");
        assertThat(Kostenranglijst.namen(List.of(persoon("1", "Jan", LocalDate.of(2008, 5, 1))))).containsExactly("Jan de Vries");
    }
}
