package nl.dichtbij.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaaromVoorInwonerTest {

    @Test
    void theResidentReadsThePurposeWithoutTheArticleOfLaw() {
        assertThat(met("Werkvoorraad van het team: wettelijke taak (AVG art. 6 lid 1e)")).isEqualTo("Werkvoorraad van het team");
        assertThat(met("behandeling van de hulpvraag en zaak (AVG art. 6 lid 1e)")).isEqualTo("Behandeling van de hulpvraag en zaak");
        assertThat(met("Eigen dossier (AVG art. 15)")).isEqualTo("Eigen dossier");
        assertThat(met("(AVG art. 6 lid 1e)")).isEqualTo("Wettelijke taak van de gemeente");
        assertThat(met("Toestemming van de inwoner")).isEqualTo("Toestemming van de inwoner");
        assertThat(met(null)).isEmpty();
    }

    private static String met(String grondslag) {
        return new Verwerking(1, "0632", 1L, null, "a", "A", "CONSULENT", "999900006", null, null, grondslag, null, null, null).waaromVoorInwoner();
    }
}
