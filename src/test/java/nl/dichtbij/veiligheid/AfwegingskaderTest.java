package nl.dichtbij.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.veiligheid.Afwegingskader.Besluit;

import org.junit.jupiter.api.Test;

/** The afwegingskader of the meldcode: acute or structural unsafety makes reporting to Veilig Thuis compulsory. */
class AfwegingskaderTest {

    @Test
    void acuteUnsafetyMakesReportingCompulsory() {
        assertThat(Afwegingskader.besluit(true, false)).isEqualTo(Besluit.MELDEN_VERPLICHT);
        assertThat(Afwegingskader.besluit(true, null)).as("one yes is enough").isEqualTo(Besluit.MELDEN_VERPLICHT);
    }

    @Test
    void structuralUnsafetyMakesReportingCompulsory() {
        assertThat(Afwegingskader.besluit(false, true)).isEqualTo(Besluit.MELDEN_VERPLICHT);
        assertThat(Afwegingskader.besluit(null, true)).isEqualTo(Besluit.MELDEN_VERPLICHT);
        assertThat(Afwegingskader.besluit(true, true)).isEqualTo(Besluit.MELDEN_VERPLICHT);
    }

    @Test
    void neitherMeansOrganiseHelpWithoutACompulsoryReport() {
        assertThat(Afwegingskader.besluit(false, false)).isEqualTo(Besluit.HULP_ORGANISEREN);
        assertThat(Besluit.HULP_ORGANISEREN.meldenVerplicht()).isFalse();
    }

    @Test
    void anUnansweredQuestionIsNoWeighing() {
        assertThat(Afwegingskader.besluit(null, null)).isEqualTo(Besluit.NOG_NIET_GEWOGEN);
        assertThat(Afwegingskader.besluit(false, null)).isEqualTo(Besluit.NOG_NIET_GEWOGEN);
        assertThat(Afwegingskader.besluit(null, false)).isEqualTo(Besluit.NOG_NIET_GEWOGEN);
    }

    @Test
    void aCompulsoryReportIsMissingUntilOneIsRecorded() {
        assertThat(Afwegingskader.meldingOntbreekt(Besluit.MELDEN_VERPLICHT, false)).isTrue();
        assertThat(Afwegingskader.meldingOntbreekt(Besluit.MELDEN_VERPLICHT, true)).isFalse();
        assertThat(Afwegingskader.meldingOntbreekt(Besluit.HULP_ORGANISEREN, false)).isFalse();
        assertThat(Afwegingskader.meldingOntbreekt(Besluit.NOG_NIET_GEWOGEN, false)).isFalse();
    }

    @Test
    void onlyStepsFourAndFiveWeigh() {
        assertThat(Meldcodestap.values()).hasSize(5);
        assertThat(Meldcodestap.van(4)).contains(Meldcodestap.WEGEN);
        assertThat(Meldcodestap.WEGEN.weegt()).isTrue();
        assertThat(Meldcodestap.BESLISSEN.weegt()).isTrue();
        assertThat(Meldcodestap.GESPREK.weegt()).isFalse();
        assertThat(Meldcodestap.van(0)).isEmpty();
        assertThat(Meldcodestap.van(6)).isEmpty();
        assertThat(Meldcodestap.van(null)).isEmpty();
    }
}
