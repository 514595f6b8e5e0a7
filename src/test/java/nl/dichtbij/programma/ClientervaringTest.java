package nl.dichtbij.programma;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import nl.dichtbij.platform.Wet;
import nl.dichtbij.programma.Clientervaring.Stap;

import org.junit.jupiter.api.Test;

/** Issue 21: the cycle of the statutory client experience survey and the suppression of its results, one test per rule. */
class ClientervaringTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 3, 1, 10, 0);

    private static Clientervaring onderzoek(LocalDateTime herinnerd, LocalDateTime gesloten, LocalDateTime gerapporteerd, int uitgenodigd) {
        return new Clientervaring(1, "0632", 2025, Wet.WMO, uitgenodigd, T, "Bram de Vries (beleid)", herinnerd, herinnerd == null ? null : "b",
                gesloten, gesloten == null ? null : "b", gerapporteerd, gerapporteerd == null ? null : "b", 0);
    }

    @Test
    void withoutASurveyOnlyInvitingCanBeDone() {
        assertThat(Clientervaring.eersteStap(Stap.UITNODIGEN)).isNull();
        assertThat(Clientervaring.eersteStap(Stap.HERINNEREN)).isEqualTo("Nodig de inwoners eerst uit. Pas daarna kunt u herinneren.");
        assertThat(Clientervaring.eersteStap(Stap.SLUITEN)).startsWith("Nodig de inwoners eerst uit");
        assertThat(Clientervaring.eersteStap(Stap.RAPPORTEREN)).startsWith("Nodig de inwoners eerst uit en sluit het onderzoek");
    }

    @Test
    void anInvitedSurveyCanBeRemindedOrClosedButNotReported() {
        Clientervaring o = onderzoek(null, null, null, 10);
        assertThat(o.fout(Stap.UITNODIGEN)).isEqualTo("De inwoners zijn al uitgenodigd.");
        assertThat(o.fout(Stap.HERINNEREN)).isNull();
        assertThat(o.fout(Stap.SLUITEN)).isNull();
        assertThat(o.fout(Stap.RAPPORTEREN)).isEqualTo("Sluit het onderzoek eerst. Pas daarna kunt u rapporteren.");
        assertThat(o.volgende()).containsExactly(Stap.HERINNEREN, Stap.SLUITEN);
    }

    @Test
    void aReminderIsSentOnceAndNotAfterClosing() {
        assertThat(onderzoek(T, null, null, 10).fout(Stap.HERINNEREN)).isEqualTo("De herinnering is al verstuurd.");
        assertThat(onderzoek(null, T, null, 10).fout(Stap.HERINNEREN)).isEqualTo("Het onderzoek is gesloten. Herinneren kan niet meer.");
    }

    @Test
    void aClosedSurveyIsReportedOnce() {
        Clientervaring gesloten = onderzoek(T, T, null, 10);
        assertThat(gesloten.fout(Stap.SLUITEN)).isEqualTo("Het onderzoek is al gesloten.");
        assertThat(gesloten.fout(Stap.RAPPORTEREN)).isNull();
        assertThat(gesloten.volgende()).containsExactly(Stap.RAPPORTEREN);
        assertThat(onderzoek(T, T, T, 10).fout(Stap.RAPPORTEREN)).isEqualTo("Er is al gerapporteerd.");
        assertThat(onderzoek(T, T, T, 10).volgende()).isEmpty();
    }

    @Test
    void theResultsGoToTheMinisterBeforeTheFirstOfJulyOfTheNextYear() {
        Clientervaring o = onderzoek(null, T, null, 10);
        assertThat(o.rapporterenVoor()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(o.telaat(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(o.telaat(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(onderzoek(null, T, T, 10).telaat(LocalDate.of(2026, 8, 1))).isFalse();
    }

    @Test
    void fewerThanFiveRespondentsShowNothing() {
        Map<Stelling, int[]> t = new EnumMap<>(Stelling.class);
        Stelling.van(Wet.WMO).forEach(s -> t.put(s, new int[] {4, 3}));
        Ervaringsuitslag u = Ervaringsuitslag.van(onderzoek(null, T, null, 40), 4, t);
        assertThat(u.onderdrukt()).isTrue();
        assertThat(u.respondenten()).isNull();
        assertThat(u.responsPercentage()).isNull();
        assertThat(u.uitgenodigd()).isEqualTo(40);
        assertThat(u.regels()).hasSize(9).allSatisfy(r -> {
            assertThat(r.onderdrukt()).isTrue();
            assertThat(r.n()).isNull();
            assertThat(r.percentageEens()).isNull();
        });
    }

    @Test
    void aStatementWithFewerThanFiveOpinionsIsSuppressedOnItsOwn() {
        Map<Stelling, int[]> t = new EnumMap<>(Stelling.class);
        Stelling.van(Wet.WMO).forEach(s -> t.put(s, new int[] {8, 6}));
        t.put(Stelling.WMO_SNEL_GEHOLPEN, new int[] {4, 4});
        Ervaringsuitslag u = Ervaringsuitslag.van(onderzoek(null, T, null, 40), 8, t);
        assertThat(u.onderdrukt()).isFalse();
        assertThat(u.respondenten()).isEqualTo(8);
        assertThat(u.responsPercentage()).isEqualByComparingTo(new BigDecimal("20.0"));
        assertThat(u.regels()).filteredOn(r -> r.stelling() == Stelling.WMO_SNEL_GEHOLPEN).singleElement()
                .satisfies(r -> assertThat(r.onderdrukt()).isTrue());
        assertThat(u.regels()).filteredOn(r -> r.stelling() == Stelling.WMO_WIST_WAAR).singleElement().satisfies(r -> {
            assertThat(r.n()).isEqualTo(8);
            assertThat(r.eens()).isEqualTo(6);
            assertThat(r.percentageEens()).isEqualByComparingTo(new BigDecimal("75.0"));
        });
    }

    @Test
    void fewerThanFiveInvitedIsNotShownEither() {
        Ervaringsuitslag u = Ervaringsuitslag.van(onderzoek(null, null, null, 3), 0, Map.of());
        assertThat(u.uitgenodigd()).isNull();
        assertThat(u.onderdrukt()).isTrue();
    }

    @Test
    void everyLawHasItsStandardStatements() {
        assertThat(Stelling.van(Wet.WMO)).hasSize(9).first().extracting(Stelling::tekst).isEqualTo("Ik wist waar ik moest zijn met mijn hulpvraag.");
        assertThat(Stelling.van(Wet.JEUGDWET)).hasSize(8);
        assertThat(Stelling.van(Wet.PARTICIPATIEWET)).isEmpty();
    }
}
