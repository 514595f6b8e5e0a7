package nl.dichtbij.aanbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.aanbod.Inkoopcijfers;
import nl.dichtbij.aanbod.Inkoopcijfers.Aanbiederkolom;
import nl.dichtbij.aanbod.Inkoopcijfers.Markering;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefcel;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefrij;
import nl.dichtbij.aanbod.Inkoopmodel;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

class InkooptabellenTest {

    private static final Inkoopcijfers.Overzicht OVERZICHT = new Inkoopcijfers.Overzicht("0632", 2026,
            List.of(new Inkoopcijfers.ContractenPerModel(Inkoopmodel.OPEN_HOUSE, Wet.WMO, 2),
                    new Inkoopcijfers.ContractenPerModel(Inkoopmodel.AANBESTEDING, Wet.JEUGDWET, 1)), 3,
            List.of(new Inkoopcijfers.Omvang(Wet.WMO, 2, 3, 4, 4)), new Inkoopcijfers.Omvang(null, 2, 3, 4, 4),
            List.of(new Inkoopcijfers.Plafondregel("42420002", "Zorg Dichtbij", Wet.WMO, 1_000_000L, 900_000L, new BigDecimal("90.0"), true),
                    new Inkoopcijfers.Plafondregel("42420001", "Jeugdhulp Voorbeeld", Wet.WMO, null, 1_234_567L, null, false)),
            List.of(new Inkoopcijfers.Weigering(3, "42420001", "Jeugdhulp Voorbeeld", 2, 15_000),
                    new Inkoopcijfers.Weigering(3, "42420002", "Zorg Dichtbij", 1, 7_500),
                    new Inkoopcijfers.Weigering(5, "42420001", "Jeugdhulp Voorbeeld", 1, 100)),
            List.of(new Inkoopcijfers.Maandtotaal(3, 3, 22_500), new Inkoopcijfers.Maandtotaal(5, 1, 100)), new Inkoopcijfers.Totaal(4, 22_600),
            new Inkoopcijfers.Tariefvergelijking(LocalDate.of(2026, 11, 23),
                    List.of(new Aanbiederkolom("42420001", "Jeugdhulp Voorbeeld"), new Aanbiederkolom("42420002", "Zorg Dichtbij")),
                    List.of(new Tariefrij("02A01", "Begeleiding", List.of(new Tariefcel("42420001", 6_600, "04", "Uur", Markering.HOOGSTE),
                            new Tariefcel("42420002", 6_500, "04", "Uur", Markering.LAAGSTE))),
                            new Tariefrij("45A01", "Jeugdhulp ambulant", List.of(new Tariefcel("42420001", 7_500, "04", "Uur", null))))));

    @Test
    void everyTableAsTheScreenShowsIt() {
        List<Inkooptabel> tabellen = Inkooptabellen.alle(OVERZICHT);
        assertThat(tabellen).extracting(Inkooptabel::code).containsExactly("modellen", "aanbieders", "plafonds", "geweigerd", "tarieven");

        Inkooptabel modellen = tabellen.get(0);
        assertThat(modellen.weergaveRijen()).containsExactly(List.of("Open house", "Wet maatschappelijke ondersteuning 2015", "2"),
                List.of("Aanbesteding", "Jeugdwet", "1"));
        assertThat(modellen.weergaveTotaal()).containsExactly("Totaal", "", "3");

        assertThat(tabellen.get(1).kolommen()).contains("Aanbieders 2026", "Aanbieders 2025");
        assertThat(tabellen.get(1).weergaveTotaal()).containsExactly("Alle wetten", "2", "3", "-1", "4", "4");

        Inkooptabel plafonds = tabellen.get(2);
        assertThat(plafonds.weergaveRijen().get(0)).containsExactly("Zorg Dichtbij", "Wet maatschappelijke ondersteuning 2015", "10.000,00", "9.000,00",
                "90,0", "Let op: 90% of meer besteed");
        assertThat(plafonds.weergaveRijen().get(1)).containsExactly("Jeugdhulp Voorbeeld", "Wet maatschappelijke ondersteuning 2015", "Geen plafond",
                "12.345,67", "", "");

        Inkooptabel geweigerd = tabellen.get(3);
        assertThat(geweigerd.weergaveRijen()).containsExactly(
                List.of("maart", "Jeugdhulp Voorbeeld", "2", "150,00"),
                List.of("maart", "Zorg Dichtbij", "1", "75,00"),
                List.of("maart", "Totaal maart", "3", "225,00"),
                List.of("mei", "Jeugdhulp Voorbeeld", "1", "1,00"),
                List.of("mei", "Totaal mei", "1", "1,00"));
        assertThat(geweigerd.weergaveTotaal()).containsExactly("Totaal", "", "4", "226,00");

        Inkooptabel tarieven = tabellen.get(4);
        assertThat(tarieven.titel()).isEqualTo("Tarieven per product naast elkaar op 23 november 2026");
        assertThat(tarieven.kolommen()).containsExactly("Productcode", "Omschrijving", "Jeugdhulp Voorbeeld", "Zorg Dichtbij");
        assertThat(tarieven.weergaveRijen()).containsExactly(
                List.of("02A01", "Begeleiding", "€ 66,00 per uur (hoogste)", "€ 65,00 per uur (laagste)"),
                List.of("45A01", "Jeugdhulp ambulant", "€ 75,00 per uur", ""));
    }

    @Test
    void inAFileAmountsStayNumbers() {
        Inkooptabel plafonds = Inkooptabellen.van(OVERZICHT, "plafonds");
        assertThat(plafonds.rijen().get(0).get(2)).isEqualTo(new BigDecimal("10000.00"));
        assertThat(plafonds.rijen().get(0).get(4)).isEqualTo(new BigDecimal("90.0"));
        assertThat(Inkooptabellen.van(OVERZICHT, "onbekend").code()).isEqualTo("modellen");
    }

    @Test
    void theYearAndTheDayAreReadForgivingly() {
        assertThat(InkoopController.jaar("2026")).isEqualTo(2026);
        assertThat(InkoopController.jaar(" 2025 ")).isEqualTo(2025);
        assertThat(InkoopController.jaar("1999")).isNull();
        assertThat(InkoopController.jaar("twee")).isNull();
        assertThat(InkoopController.jaar(null)).isNull();
        assertThat(InkoopController.dag("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(InkoopController.dag("1-3-2026")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(InkoopController.dag("2026-02-30")).isNull();
        assertThat(InkoopController.dag("31-2-2026")).isNull();
        assertThat(InkoopController.dag("gisteren")).isNull();
        assertThat(InkoopController.dag("")).isNull();
    }
}
