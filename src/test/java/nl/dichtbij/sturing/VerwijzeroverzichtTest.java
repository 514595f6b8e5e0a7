package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.dichtbij.berichten.Verwijzercijfers;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

class VerwijzeroverzichtTest {

    private static final Verwijzercijfers.Typen TYPEN = new Verwijzercijfers.Typen(List.of(
            new Verwijzercijfers.PerType(Wet.JEUGDWET, null, 4, 4, 0),
            new Verwijzercijfers.PerType(Wet.JEUGDWET, "02", 10, 9, 60_000),
            new Verwijzercijfers.PerType(Wet.JEUGDWET, "01", 6, 5, 40_000)),
            List.of(new Verwijzercijfers.Totaal(Wet.JEUGDWET, 20, 18, 100_000)));

    private static Verwijzeroverzicht.Overzicht overzicht() {
        return Verwijzeroverzicht.samenstellen("0632", 2026, TYPEN,
                List.of(new Verwijzercijfers.Praktijk(Wet.JEUGDWET, "01060001", "De Linde", 7, 6),
                        new Verwijzercijfers.Praktijk(Wet.JEUGDWET, "01060002", "Zuid", 3, 3)),
                List.of(new Verwijzercijfers.Trendjaar(2024, Wet.JEUGDWET, 10, 4), new Verwijzercijfers.Trendjaar(2026, Wet.JEUGDWET, 20, 6)));
    }

    @Test
    void sharesPerTypeInCod327OrderWithTheUnknownLast() {
        Verwijzeroverzicht.Overzicht o = overzicht();
        assertThat(o.perType()).extracting(t -> t.naam() + " " + t.procentToewijzingen() + " " + t.procentClienten() + " " + t.toegekendEuro()
                + " " + t.procentToegekend()).containsExactly("Gemeente 30.0 27.8 400 40.0", "Huisarts 50.0 50.0 600 60.0", "Onbekend 20.0 22.2 0 0.0");
        assertThat(o.totalen()).extracting(Verwijzeroverzicht.Typecijfers::naam, Verwijzeroverzicht.Typecijfers::toegekendEuro)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Totaal", 1000L));
    }

    @Test
    void theTrendHasEveryYearOfTheWindow() {
        assertThat(overzicht().trend()).extracting(t -> t.jaar() + " " + t.toewijzingen() + " " + t.procentGemeente())
                .containsExactly("2022 0 null", "2023 0 null", "2024 10 40.0", "2025 0 null", "2026 20 30.0");
    }

    @Test
    void theBoardSeesNoCountOfOneToFourNorWhatFollowsFromIt() {
        Verwijzeroverzicht.Overzicht o = Verwijzeroverzicht.voorHetBestuur(overzicht());
        assertThat(o.onderdrukt()).isTrue();
        Verwijzeroverzicht.Typecijfers onbekend = o.perType().get(2);
        assertThat(onbekend.toewijzingen()).isNull();
        assertThat(onbekend.toegekendEuro()).isNull();
        assertThat(onbekend.onderdrukt()).containsExactly("toewijzingen", "procentToewijzingen", "clienten", "procentClienten", "toegekendEuro",
                "procentToegekend");
        assertThat(o.perType().get(0).onderdrukt()).isEmpty();
        assertThat(o.perHuisarts()).extracting(h -> h.naam() + " " + h.toewijzingen() + " " + h.clienten())
                .containsExactly("De Linde 7 6", "Zuid null null");
        assertThat(o.trend()).extracting(t -> t.jaar() + " " + t.toewijzingen() + " " + t.gemeente() + " " + t.procentGemeente())
                .containsExactly("2022 0 0 null", "2023 0 0 null", "2024 10 null null", "2025 0 0 null", "2026 20 6 30.0");
    }
}
