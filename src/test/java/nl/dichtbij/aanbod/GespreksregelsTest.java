package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.aanbod.Gespreksregels.Gegevens;
import nl.dichtbij.aanbod.Gespreksregels.Vervolggegevens;

import org.junit.jupiter.api.Test;

/** The rules of account management (issue 17), without a database. */
class GespreksregelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);
    private static final LocalDate GESPREK = LocalDate.of(2026, 11, 20);

    /** Providers 1, 2 and 3 exist; "beleid" and "inkoper" are beleid users of 0632, "consulent" is not. */
    private static final Gespreksregels.Omgeving OMGEVING = new Gespreksregels.Omgeving() {
        @Override
        public boolean aanbiederBestaat(long aanbiederId) {
            return aanbiederId >= 1 && aanbiederId <= 3;
        }

        @Override
        public Optional<String> beleidsmedewerker(String gemeenteCode, String gebruikersnaam) {
            return "0632".equals(gemeenteCode) && List.of("beleid", "inkoper").contains(gebruikersnaam) ? Optional.of("Naam " + gebruikersnaam)
                    : Optional.empty();
        }
    };

    private static Gegevens gesprek(LocalDate datum, List<Long> aanbieders, Vervolggegevens... vervolg) {
        return new Gegevens(datum, "Kwartaalgesprek", aanbieders, "Bram, directeur", "De wachttijd gaat omlaag.", Arrays.asList(vervolg));
    }

    private static Map<String, String> fouten(Gegevens g) {
        return Gespreksregels.gesprek(g, "0632", VANDAAG, OMGEVING);
    }

    @Test
    void aTalkWithOneProviderSeveralOrNoneIsFine() {
        assertThat(fouten(gesprek(GESPREK, List.of(1L)))).isEmpty();
        assertThat(fouten(gesprek(GESPREK, List.of(1L, 2L, 3L)))).isEmpty();
        assertThat(fouten(gesprek(VANDAAG, List.of()))).as("a theme without providers, held today").isEmpty();
    }

    @Test
    void aFollowUpNeedsADueDateOnOrAfterTheTalk() {
        assertThat(fouten(gesprek(GESPREK, List.of(1L), new Vervolggegevens("Cijfers sturen", "beleid", GESPREK)))).isEmpty();
        assertThat(fouten(gesprek(GESPREK, List.of(1L), new Vervolggegevens("Cijfers sturen", "beleid", GESPREK.minusDays(1)))))
                .containsOnlyKeys("vervolgafspraken[0].uiterlijk")
                .hasEntrySatisfying("vervolgafspraken[0].uiterlijk", m -> assertThat(m).contains("vóór het gesprek (20 november 2026)"));
        assertThat(fouten(gesprek(GESPREK, List.of(1L), new Vervolggegevens("Cijfers sturen", "beleid", null))))
                .containsEntry("vervolgafspraken[0].uiterlijk", "Vervolgafspraak 1: Vul in wanneer het uiterlijk klaar moet zijn.");
        // a due date that has passed already is allowed: it is late from the start, and the werkbak says so
        assertThat(fouten(gesprek(GESPREK, List.of(1L), new Vervolggegevens("Cijfers sturen", null, GESPREK.plusDays(1))))).isEmpty();
    }

    @Test
    void eachErrorOfAFollowUpSaysWhichOneItIs() {
        assertThat(fouten(gesprek(GESPREK, List.of(1L), new Vervolggegevens("Cijfers sturen", "beleid", GESPREK),
                new Vervolggegevens(" ", "beleid", GESPREK))))
                .containsExactly(org.assertj.core.api.Assertions.entry("vervolgafspraken[1].omschrijving", "Vervolgafspraak 2: Schrijf op wat er moet gebeuren."));
    }

    @Test
    void aFollowUpNeedsWhatAndAnOwnerWhoIsBeleidOfTheMunicipality() {
        assertThat(fouten(gesprek(GESPREK, List.of(1L), new Vervolggegevens(" ", "beleid", VANDAAG))))
                .containsOnlyKeys("vervolgafspraken[0].omschrijving");
        assertThat(fouten(gesprek(GESPREK, List.of(1L), new Vervolggegevens("Bellen", "consulent", VANDAAG))))
                .containsEntry("vervolgafspraken[0].eigenaar", "Vervolgafspraak 1: Kies wie het doet: een medewerker beleid en inkoop van uw gemeente.");
        assertThat(Gespreksregels.gesprek(gesprek(GESPREK, List.of(1L), new Vervolggegevens("Bellen", "inkoper", VANDAAG)), "0335", VANDAAG, OMGEVING))
                .as("a beleid user of another municipality owns nothing here").containsKey("vervolgafspraken[0].eigenaar");
    }

    @Test
    void emptyRowsOfTheFormAreSkippedAndAMessageKeepsTheNumberOfItsRow() {
        List<Vervolggegevens> rijen = new ArrayList<>();
        rijen.add(new Vervolggegevens("", "beleid", null));
        rijen.add(new Vervolggegevens("Bellen", "beleid", GESPREK.minusDays(3)));
        rijen.add(null);
        Gegevens g = new Gegevens(GESPREK, "Thema", List.of(), null, "Afgesproken", rijen);
        assertThat(g.ingevuld()).hasSize(1);
        assertThat(fouten(g)).containsOnlyKeys("vervolgafspraken[1].uiterlijk");
    }

    @Test
    void dateThemeAgreementsAndProvidersAreCheckedWithAMessageAtTheField() {
        Map<String, String> f = fouten(new Gegevens(null, " ", List.of(1L, 1L), null, "", List.of()));
        assertThat(f).containsOnlyKeys("datum", "thema", "aanbiederIds", "afspraken");
        assertThat(f.get("aanbiederIds")).contains("twee keer");
        assertThat(fouten(gesprek(VANDAAG.plusDays(1), List.of(1L)))).containsKey("datum")
                .hasEntrySatisfying("datum", m -> assertThat(m).contains("in de toekomst"));
        assertThat(fouten(gesprek(GESPREK, List.of(9L)))).hasEntrySatisfying("aanbiederIds", m -> assertThat(m).contains("aanbiedersregister"));
        assertThat(fouten(new Gegevens(GESPREK, "x".repeat(201), List.of(), null, "a".repeat(4001), List.of()))).containsOnlyKeys("thema", "afspraken");
    }

    @Test
    void aTalkCannotMoveAfterTheDueDateOfItsFollowUps() {
        assertThat(Gespreksregels.nieuweDatum(GESPREK, List.of(GESPREK, VANDAAG))).isEmpty();
        assertThat(Gespreksregels.nieuweDatum(VANDAAG, List.of(GESPREK, VANDAAG.plusDays(3)))).hasValueSatisfying(m ->
                assertThat(m).contains("uiterlijk 20 november 2026 klaar"));
    }

    @Test
    void closingTwiceIsRefusedWithWhoAndWhen() {
        assertThat(Gespreksregels.afronden(false, null, null, "Gebeld")).isEmpty();
        assertThat(Gespreksregels.afronden(true, "Bram de Vries", Instant.parse("2026-11-23T09:00:00Z"), null))
                .containsEntry("afronding", "Deze vervolgafspraak is al afgerond door Bram de Vries op maandag 23 november 2026 om 10:00.");
        assertThat(Gespreksregels.afronden(false, null, null, "x".repeat(501))).containsKey("afronding");
    }

    @Test
    void lateMeansOpenAndPastItsDueDate() {
        assertThat(Gespreksregels.teLaat(VANDAAG.minusDays(1), true, VANDAAG)).isTrue();
        assertThat(Gespreksregels.teLaat(VANDAAG, true, VANDAAG)).as("due today is not late yet").isFalse();
        assertThat(Gespreksregels.teLaat(VANDAAG.minusDays(1), false, VANDAAG)).as("closed is never late").isFalse();
        var v = new Voortgangsgesprekken.Vervolgafspraak(1, 1, "Bellen", "beleid", "Bram de Vries", VANDAAG.minusDays(3), null, null, null, 1);
        assertThat(v.stand(VANDAAG)).isEqualTo("Te laat: 3 dagen over de datum, uiterlijk 20 november 2026");
    }
}
