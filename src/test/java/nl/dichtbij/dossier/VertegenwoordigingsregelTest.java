package nl.dichtbij.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.dichtbij.personen.Persoon;

import org.junit.jupiter.api.Test;

class VertegenwoordigingsregelTest {

    private static Persoon geboren(LocalDate datum) {
        return new Persoon("999900006", "0632", 1L, "Tom", "de", "Wit", datum);
    }

    @Test
    void aParentActsForAChildUnderSixteen() {
        var namens = Vertegenwoordigingsregel.ouder(geboren(LocalDate.of(2011, 1, 1)), LocalDate.of(2026, 11, 23));
        assertThat(namens).isPresent();
        assertThat(namens.get().alleenInzien()).isFalse();
    }

    @Test
    void fromTheSixteenthBirthdayTheYoungPersonDecides() {
        LocalDate geboren = LocalDate.of(2010, 2, 14);
        assertThat(Vertegenwoordigingsregel.ouder(geboren(geboren), LocalDate.of(2026, 2, 13))).isPresent();
        assertThat(Vertegenwoordigingsregel.ouder(geboren(geboren), LocalDate.of(2026, 2, 14))).isEmpty();
    }

    @Test
    void aTextAboutASixteenYearOldIsForHimAndWhomHeAuthorisedOnly() {
        assertThat(Vertegenwoordigingsregel.tekstZichtbaar(false, true, 16)).isFalse();
        assertThat(Vertegenwoordigingsregel.tekstZichtbaar(false, true, 17)).isFalse();
        assertThat(Vertegenwoordigingsregel.tekstZichtbaar(true, true, 16)).isTrue();
    }

    @Test
    void aTextAboutAnAdultIsPartOfTheSharedPlanForMembersReadingForThemselves() {
        assertThat(Vertegenwoordigingsregel.tekstZichtbaar(false, true, 18)).isTrue();
        assertThat(Vertegenwoordigingsregel.tekstZichtbaar(false, false, 45)).as("someone acting for another member").isFalse();
    }
}
