package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.aanbod.Inkoopberekening.Tariefregel;
import nl.dichtbij.aanbod.Inkoopcijfers.Markering;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefrij;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefvergelijking;

import org.junit.jupiter.api.Test;

class InkoopberekeningTest {

    private static final LocalDate DAG = LocalDate.of(2026, 11, 23);

    @Test
    void percentageOfTheCeilingRoundsDownAndIsEmptyWithoutACeiling() {
        assertThat(Inkoopberekening.procent(90_000, 100_000L)).isEqualByComparingTo("90.0");
        assertThat(Inkoopberekening.procent(89_999, 100_000L)).isEqualByComparingTo("89.9");
        assertThat(Inkoopberekening.procent(125_000, 100_000L)).isEqualByComparingTo("125.0");
        assertThat(Inkoopberekening.procent(1, 3L)).isEqualTo(new BigDecimal("33.3"));
        assertThat(Inkoopberekening.procent(0, 100_000L)).isEqualByComparingTo("0");
        assertThat(Inkoopberekening.procent(500, null)).isNull();
        assertThat(Inkoopberekening.procent(500, 0L)).isNull();
    }

    @Test
    void theWarningStartsAtExactlyNinetyPercent() {
        assertThat(Inkoopberekening.waarschuwing(90_000, 100_000L)).isTrue();
        assertThat(Inkoopberekening.waarschuwing(89_999, 100_000L)).isFalse();
        assertThat(Inkoopberekening.waarschuwing(150_000, 100_000L)).as("past the ceiling").isTrue();
        assertThat(Inkoopberekening.waarschuwing(9, 10L)).isTrue();
        assertThat(Inkoopberekening.waarschuwing(1_000_000, null)).as("no ceiling, no warning").isFalse();
    }

    @Test
    void theDayOfTheTariffsFollowsTheYear() {
        assertThat(Inkoopberekening.peildatum(2026, DAG)).isEqualTo(DAG);
        assertThat(Inkoopberekening.peildatum(2025, DAG)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Inkoopberekening.peildatum(2027, DAG)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void tariffsSideBySideMarkLowestAndHighestInTheSameUnit() {
        Tariefvergelijking v = Inkoopberekening.naastElkaar(DAG, List.of(
                regel("02A01", "B", "Zorg B", 6_500, "04"),
                regel("02A01", "A", "Aanbieder A", 6_600, "04"),
                regel("02A01", "C", "Zorg C", 6_500, "04"),
                regel("02A01", "D", "De Hulp", 6_550, "04"),
                regel("45A01", "A", "Aanbieder A", 7_500, "04"),
                regel("55A12", "A", "Aanbieder A", 25_230, "14"),
                regel("55A12", "B", "Zorg B", 4_000, "04")));
        assertThat(v.peildatum()).isEqualTo(DAG);
        assertThat(v.aanbieders()).extracting(Inkoopcijfers.Aanbiederkolom::naam).containsExactly("Aanbieder A", "De Hulp", "Zorg B", "Zorg C");
        assertThat(v.producten()).extracting(Tariefrij::productcode).containsExactly("02A01", "45A01", "55A12");

        Tariefrij begeleiding = v.producten().get(0);
        assertThat(begeleiding.omschrijving()).isEqualTo("Omschrijving 02A01");
        assertThat(begeleiding.van("A").markering()).isEqualTo(Markering.HOOGSTE);
        assertThat(begeleiding.van("B").markering()).as("two at the lowest: both marked").isEqualTo(Markering.LAAGSTE);
        assertThat(begeleiding.van("C").markering()).isEqualTo(Markering.LAAGSTE);
        assertThat(begeleiding.van("D").markering()).as("in between").isNull();
        assertThat(begeleiding.van("A").tekst()).isEqualTo("€ 66,00 per uur (hoogste)");
        assertThat(begeleiding.van("D").tekst()).isEqualTo("€ 65,50 per uur");

        Tariefrij alleen = v.producten().get(1);
        assertThat(alleen.tarieven()).hasSize(1);
        assertThat(alleen.van("A").markering()).as("one provider: nothing to compare").isNull();
        assertThat(alleen.van("B")).isNull();

        Tariefrij andereEenheden = v.producten().get(2);
        assertThat(andereEenheden.tarieven()).extracting(Inkoopcijfers.Tariefcel::markering).containsOnlyNulls();
        assertThat(andereEenheden.van("A").tekst()).isEqualTo("€ 252,30 per etmaal");
    }

    @Test
    void equalTariffsAreNotMarkedAndAProviderWithTwoTariffsKeepsTheLowest() {
        Tariefvergelijking v = Inkoopberekening.naastElkaar(DAG, List.of(
                regel("01A01", "A", "Aanbieder A", 3_200, "04"),
                regel("01A01", "B", "Zorg B", 3_200, "04"),
                regel("03A01", "A", "Aanbieder A", 5_400, "04"),
                regel("03A01", "A", "Aanbieder A", 5_300, "04")));
        assertThat(v.producten().get(0).tarieven()).extracting(Inkoopcijfers.Tariefcel::markering).containsOnlyNulls();
        assertThat(v.producten().get(1).tarieven()).singleElement().satisfies(c -> assertThat(c.tariefCenten()).isEqualTo(5_300));
        assertThat(Inkoopberekening.naastElkaar(DAG, List.of()).producten()).isEmpty();
    }

    private static Tariefregel regel(String product, String agb, String naam, long centen, String eenheid) {
        return new Tariefregel(product, "Omschrijving " + product, agb, naam, centen, eenheid, switch (eenheid) {
            case "04" -> "Uur";
            case "14" -> "Etmaal";
            default -> null;
        });
    }
}
