package nl.dichtbij.platform.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormulierinhoudTest {

    @Test
    void everyFieldComesBackAsTheBrowserSentIt() {
        Map<String, String[]> velden = new LinkedHashMap<>();
        velden.put("omschrijving", new String[] {"Tom gaat niet naar school & zit thuis = zorgen; 100% waar?"});
        velden.put("levensgebieden", new String[] {"DAGBESTEDING", "FINANCIEN"});
        velden.put("bevindingen[0].situatie", new String[] {"regel één\nregel twee"});
        velden.put("leeg", new String[] {""});

        Map<String, List<String>> terug = Formulierinhoud.decodeer(Formulierinhoud.codeer(velden));

        assertThat(terug).containsEntry("omschrijving", List.of("Tom gaat niet naar school & zit thuis = zorgen; 100% waar?"))
                .containsEntry("levensgebieden", List.of("DAGBESTEDING", "FINANCIEN"))
                .containsEntry("bevindingen[0].situatie", List.of("regel één\nregel twee"))
                .containsEntry("leeg", List.of(""));
    }

    @Test
    void theCsrfTokenAndTheFormsAddressAreNeverKept() {
        String inhoud = Formulierinhoud.codeer(Map.of("_csrf", new String[] {"geheim"}, "conceptvan", new String[] {"/mijn/hulp-vragen"},
                "telefoon", new String[] {"0612345678"}));

        assertThat(Formulierinhoud.decodeer(inhoud)).containsOnlyKeys("telefoon");
    }

    @Test
    void aDraftTooLargeOrWithTooManyFieldsIsRefused() {
        assertThatThrownBy(() -> Formulierinhoud.codeer(Map.of("tekst", new String[] {"x".repeat(Formulierinhoud.MAXIMUM_TEKENS + 1)})))
                .isInstanceOf(Formulierinhoud.TeGrootException.class);
        Map<String, String[]> veel = new LinkedHashMap<>();
        for (int i = 0; i <= Formulierinhoud.MAXIMUM_VELDEN; i++) {
            veel.put("veld" + i, new String[] {"a"});
        }
        assertThatThrownBy(() -> Formulierinhoud.codeer(veel)).isInstanceOf(Formulierinhoud.TeGrootException.class);
    }

    @Test
    void onlyAPathOfThisApplicationNamesAForm() {
        assertThat(ConceptHerstel.formulierpad("/werk/meldingen/12/onderzoek")).isEqualTo("/werk/meldingen/12/onderzoek");
        for (String vreemd : new String[] {"https://elders.example/x", "//elders.example/x", "/mijn/../beheer", "/a?b=c", "", "mijn"}) {
            assertThatThrownBy(() -> ConceptHerstel.formulierpad(vreemd)).as(vreemd).isInstanceOf(RuntimeException.class);
        }
    }
}
