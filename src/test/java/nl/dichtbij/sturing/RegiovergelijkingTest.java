package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

/** The regional view's rules: no count under 5, nor what is computed from it; a municipality without the figure stays empty. */
class RegiovergelijkingTest {

    @Test
    void aCountUnderFiveIsLeftOutAndFiveIsShown() {
        assertThat(Regiovergelijking.aantal(4L)).isEqualTo(new Regiovergelijking.Cel(null, null, true));
        assertThat(Regiovergelijking.aantal(0L).onderdrukt()).as("none at all is also under 5").isTrue();
        assertThat(Regiovergelijking.aantal(5L)).isEqualTo(new Regiovergelijking.Cel(5L, null, false));
        assertThat(Regiovergelijking.aantal(null)).isEqualTo(new Regiovergelijking.Cel(null, null, false));
    }

    @Test
    void aFigureComputedFromFewerThanFiveGoesWithIt() {
        assertThat(Regiovergelijking.afgeleid(new BigDecimal("12.5"), 4L)).isEqualTo(new Regiovergelijking.Cel(null, null, true));
        assertThat(Regiovergelijking.afgeleid(new BigDecimal("12.5"), 7L)).isEqualTo(new Regiovergelijking.Cel(new BigDecimal("12.5"), 7L, false));
        assertThat(Regiovergelijking.afgeleid(null, 7L).onderdrukt()).isFalse();
    }

    @Test
    void waitingTimesPerProviderSideBySideWithAnEmptyCellWhereAProviderHadNoStarts() {
        Doorloop.Overzicht woerden = doorloop(List.of(new Doorloop.Wachttijd("Aanbieder A", 6, 10L, 20L), new Doorloop.Wachttijd("Aanbieder B", 2, 3L, 4L)),
                List.of(new Doorloop.Stap("Melding", "Start van de hulp", 8, 40L, 60L)), List.of());
        Doorloop.Overzicht montfoort = doorloop(List.of(new Doorloop.Wachttijd("Aanbieder A", 9, 14L, 30L)),
                List.of(new Doorloop.Stap("Melding", "Start van de hulp", 3, 25L, 30L)), List.of());

        List<Regiovergelijking.Rij> wachttijden = Regiovergelijking.wachttijdrijen(List.of(woerden, montfoort));
        assertThat(wachttijden).extracting(Regiovergelijking.Rij::wat).containsExactly("Aanbieder A", "Aanbieder B");
        assertThat(wachttijden.get(0).cellen()).containsExactly(new Regiovergelijking.Cel(10L, 6L, false), new Regiovergelijking.Cel(14L, 9L, false));
        assertThat(wachttijden.get(1).cellen()).containsExactly(new Regiovergelijking.Cel(null, null, true), new Regiovergelijking.Cel(null, null, false));

        List<Regiovergelijking.Rij> doorloop = Regiovergelijking.doorlooprijen(List.of(woerden, montfoort));
        assertThat(doorloop).singleElement().satisfies(r -> {
            assertThat(r.wat()).isEqualTo("Melding → Start van de hulp");
            assertThat(r.cellen()).containsExactly(new Regiovergelijking.Cel(40L, 8L, false), new Regiovergelijking.Cel(null, null, true));
        });
    }

    @Test
    void outflowPerHundredClientsIsTheStoppedDeliveriesAgainstTheClientsWithCare() {
        Kostenoverzicht.Overzicht woerdenKosten = kosten(List.of(wet(Wet.JEUGDWET, 30L, 9000L), wet(Wet.WMO, 10L, 4000L)));
        Kostenoverzicht.Overzicht montfoortKosten = kosten(List.of(wet(Wet.WMO, 4L, 5000L)));
        Doorloop.Overzicht woerden = doorloop(List.of(), List.of(), List.of(new Doorloop.Uitstroom(1, "01 Behandeling volgens plan", 6),
                new Doorloop.Uitstroom(3, "02 Voortijdig", 4)));
        Doorloop.Overzicht montfoort = doorloop(List.of(), List.of(), List.of(new Doorloop.Uitstroom(2, "01 Behandeling volgens plan", 2)));

        List<Regiovergelijking.Rij> uitstroom = Regiovergelijking.uitstroomrijen(List.of(woerdenKosten, montfoortKosten), List.of(woerden, montfoort));
        assertThat(uitstroom.get(0).cellen()).containsExactly(new Regiovergelijking.Cel(10L, null, false), new Regiovergelijking.Cel(null, null, true));
        assertThat(uitstroom.get(1).cellen()).containsExactly(new Regiovergelijking.Cel(40L, null, false), new Regiovergelijking.Cel(null, null, true));
        assertThat(uitstroom.get(2).cellen().get(0).waarde()).isEqualTo(new BigDecimal("25.0"));
        assertThat(uitstroom.get(2).cellen().get(1).onderdrukt()).isTrue();

        List<Regiovergelijking.Rij> kosten = Regiovergelijking.kostenrijen(List.of(woerdenKosten, montfoortKosten));
        assertThat(kosten).extracting(Regiovergelijking.Rij::wat).containsExactly("Cliënten " + Wet.JEUGDWET.label(),
                "Kosten per cliënt " + Wet.JEUGDWET.label(), "Cliënten " + Wet.WMO.label(), "Kosten per cliënt " + Wet.WMO.label());
        assertThat(kosten.get(1).cellen()).containsExactly(new Regiovergelijking.Cel(9000L, 30L, false), new Regiovergelijking.Cel(null, null, false));
        assertThat(kosten.get(3).cellen()).containsExactly(new Regiovergelijking.Cel(4000L, 10L, false), new Regiovergelijking.Cel(null, null, true));
    }

    private static Doorloop.Overzicht doorloop(List<Doorloop.Wachttijd> wachttijden, List<Doorloop.Stap> stappen, List<Doorloop.Uitstroom> uitstroom) {
        return new Doorloop.Overzicht("0632", 2026, null, null, List.of(), 0, stappen, List.of(), List.of(), wachttijden, uitstroom);
    }

    private static Kostenoverzicht.Categorie wet(Wet wet, Long clienten, Long perClient) {
        return new Kostenoverzicht.Categorie(wet, null, "Totaal", clienten, clienten * perClient, 0L, clienten * perClient, perClient, List.of());
    }

    private static Kostenoverzicht.Overzicht kosten(List<Kostenoverzicht.Categorie> perWet) {
        return new Kostenoverzicht.Overzicht("0632", 2026, 11, false, List.of(), perWet, List.of(), List.of(), List.of(),
                new Concentratie(0, 0, null, 0, null, List.of()), false);
    }

    @Test
    void aCellReadsAsDutchNumbers() {
        assertThat(new Regiovergelijking.Cel(7159L, null, false).tekst()).isEqualTo("7.159");
        assertThat(new Regiovergelijking.Cel(216, null, false).tekst()).isEqualTo("216");
        assertThat(new Regiovergelijking.Cel(44.9, null, false).tekst()).isEqualTo("44,9");
        assertThat(new Regiovergelijking.Cel(new BigDecimal("1250.0"), null, false).tekst()).isEqualTo("1.250,0");
        assertThat(new Regiovergelijking.Cel(null, null, true).tekst()).isNull();
    }
}
