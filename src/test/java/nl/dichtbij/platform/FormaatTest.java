package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormaatTest {

    @Test
    void aSentenceThatEndsWithANameGetsOneFullStop() {
        assertThat(Formaat.zin("De hulp blijft bij Zorg Dichtbij")).isEqualTo("De hulp blijft bij Zorg Dichtbij.");
        assertThat(Formaat.zin("De hulp blijft bij Jeugdhulp Voorbeeld B.V.")).isEqualTo("De hulp blijft bij Jeugdhulp Voorbeeld B.V.");
        assertThat(Formaat.zin("Jeugdhulp Voorbeeld B.V. ")).isEqualTo("Jeugdhulp Voorbeeld B.V.");
        assertThat(Formaat.zin("Wie geeft de hulp?")).isEqualTo("Wie geeft de hulp?");
    }
}
