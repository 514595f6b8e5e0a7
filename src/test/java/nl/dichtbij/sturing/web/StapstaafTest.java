package nl.dichtbij.sturing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.dichtbij.sturing.Doorloop;

import org.junit.jupiter.api.Test;

class StapstaafTest {

    @Test
    void barsAreShareOfTheLongestAndSayTheirNumbers() {
        List<Stapstaaf> staven = Stapstaaf.staven(List.of(new Doorloop.Stap("Melding", "Gesprek", 4, 10L, 40L),
                new Doorloop.Stap("Gesprek", "Plan", 0, null, null), new Doorloop.Stap("Plan", "Besluit", 2, 1200L, 1600L)));
        assertThat(staven).extracting(Stapstaaf::dichtBreedte, Stapstaaf::openBreedte).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 10), org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(300, 400));
        assertThat(staven.get(0).naam()).isEqualTo("Melding → Gesprek");
        assertThat(staven.get(2).dichtTekst()).isEqualTo("mediaan 1.200 dagen");
        assertThat(staven.get(2).openTekst()).isEqualTo("8 van de 10 binnen 1.600 dagen");
        assertThat(staven.get(1).dichtTekst()).isEqualTo("mediaan: nog geen zaken");
    }
}
