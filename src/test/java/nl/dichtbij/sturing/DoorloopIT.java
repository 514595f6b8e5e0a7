package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The flow of the demo year: steps, shares, waiting per provider and outflow with reasons; nothing of another municipality. */
@IntegratieTest
class DoorloopIT {

    @Autowired Doorloop doorloop;
    @Autowired Clock clock;

    @Test
    void theDemoYearHasWaitingTimesPerProviderAndOutflowWithReasons() {
        int jaar = LocalDate.now(clock).getYear();
        Doorloop.Overzicht o = doorloop.overzicht("0632", jaar);
        assertThat(o.stappen()).extracting(Doorloop.Stap::naar)
                .containsExactly("Gesprek (onderzoek)", "Plan met akkoord", "Besluit", "Start van de hulp", "Start van de hulp");
        assertThat(o.stappen()).allSatisfy(s -> assertThat(s.mediaanDagen() == null || s.mediaanDagen() >= 0).isTrue());
        assertThat(o.aandelen()).extracting(Doorloop.Aandeel::wat).contains("Besluit binnen de wettelijke termijn", "Zaken met procesregie",
                "Plannen met informele én formele hulp", "Zorg in natura", "Persoonsgebonden budget");
        assertThat(o.aandelen()).allSatisfy(a -> assertThat(a.aantal()).isBetween(0L, a.van()));
        assertThat(o.wachttijden()).filteredOn(w -> w.aanbieder().equals("Zorg Dichtbij Woerden")).singleElement().satisfies(w -> {
            assertThat(w.starts()).as("the demo's Wmo deliveries that started this year").isGreaterThan(50);
            assertThat(w.mediaanDagen()).as("the demo starts 3 to 14 days after the toewijzing").isBetween(3L, 14L);
            assertThat(w.p80Dagen()).isGreaterThanOrEqualTo(w.mediaanDagen());
        });
        assertThat(o.uitstroom()).isNotEmpty();
        assertThat(o.uitstroom()).anySatisfy(u -> assertThat(u.reden()).isEqualTo("31 Levering is volgens plan beëindigd"));
        assertThat(doorloop.overzicht("0335", jaar).wachttijden()).as("Montfoort has no demo deliveries of Woerden").isEmpty();
    }
}
