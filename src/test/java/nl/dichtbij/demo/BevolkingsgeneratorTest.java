package nl.dichtbij.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import nl.dichtbij.personen.Bsn;
import nl.dichtbij.personen.Inschrijvingen.Inschrijving;
import nl.dichtbij.personen.Inschrijvingen.NieuwHuishouden;
import nl.dichtbij.personen.Inschrijvingen.Ouderschap;

import org.junit.jupiter.api.Test;

class BevolkingsgeneratorTest {

    private record Resultaat(List<NieuwHuishouden> huishoudens, List<Inschrijving> personen,
                             List<Ouderschap> relaties) {
    }

    private static Resultaat genereer(long seed, int inwoners) {
        Resultaat resultaat = new Resultaat(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        new Bevolkingsgenerator(seed, LocalDate.of(2026, 1, 1), 1, 200_000_000L).genereer("0632", Kern.woerden(), inwoners,
                (h, p, r) -> {
                    resultaat.huishoudens().addAll(h);
                    resultaat.personen().addAll(p);
                    resultaat.relaties().addAll(r);
                });
        return resultaat;
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(genereer(632, 2_000)).isEqualTo(genereer(632, 2_000));
        assertThat(genereer(632, 2_000)).isNotEqualTo(genereer(633, 2_000));
    }

    @Test
    void woerdenHasItsSizeAndAboutTwoAndAHalfPeoplePerHousehold() {
        Resultaat woerden = genereer(632, 51_000);
        System.out.printf("Woerden: %d inwoners, %d huishoudens, %d geboren na 2008%n", woerden.personen().size(),
                woerden.huishoudens().size(), woerden.personen().stream().filter(p -> p.geboortedatum().isAfter(LocalDate.of(2008, 1, 1))).count());
        assertThat(woerden.personen()).hasSize(51_000);
        assertThat(woerden.huishoudens().size()).isBetween(21_000, 23_500);
        assertThat(woerden.huishoudens()).extracting(NieuwHuishouden::woonplaats)
                .containsOnly("Woerden", "Harmelen", "Kamerik", "Zegveld");
        assertThat(woerden.personen()).allMatch(p -> Bsn.isGeldig(p.bsn()));
        assertThat(new HashSet<>(woerden.personen().stream().map(Inschrijving::bsn).toList())).hasSize(51_000);
        assertThat(woerden.personen()).filteredOn(p -> p.geboortedatum().isAfter(LocalDate.of(2008, 1, 1))).hasSizeBetween(9_000, 12_500);
        assertThat(woerden.relaties()).isNotEmpty();
    }
}
