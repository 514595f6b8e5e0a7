package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

/** The year's volume counted from toewijzingen handed over per resident and standard, earliest start first. */
class VolumetellerTest {

    private static List<String> regels(Kostencijfers.Jaarvolume v) {
        return java.util.stream.Stream.concat(
                v.beginstand().stream().map(b -> "begin " + b.wet() + " " + b.clienten()),
                v.perMaand().stream().map(m -> "maand " + m.maand() + " " + m.wet() + " trajecten " + m.nieuweTrajecten() + " clienten " + m.nieuweClienten()))
                .toList();
    }

    @Test
    void aResidentInCareOnTheFirstOfJanuaryIsNoNewClientWhateverStartsLater() {
        Kostencijfers.Volumeteller teller = new Kostencijfers.Volumeteller();
        teller.toewijzing("000000001", "IJW", 0, true);
        teller.toewijzing("000000001", "IJW", 3, true);
        assertThat(regels(teller.jaarvolume())).containsExactlyInAnyOrder(
                "begin JEUGDWET 1", "maand 3 JEUGDWET trajecten 1 clienten 0");
    }

    @Test
    void aToewijzingThatEndedBeforeTheYearDoesNotMakeAClientButTheNextOneDoes() {
        Kostencijfers.Volumeteller teller = new Kostencijfers.Volumeteller();
        teller.toewijzing("000000002", "IJW", 0, false);
        teller.toewijzing("000000002", "IJW", 5, true);
        teller.toewijzing("000000002", "IJW", 7, true);
        assertThat(regels(teller.jaarvolume())).containsExactlyInAnyOrder(
                "maand 5 JEUGDWET trajecten 1 clienten 0", "maand 5 JEUGDWET trajecten 0 clienten 1", "maand 7 JEUGDWET trajecten 1 clienten 0");
    }

    @Test
    void eachLawOfAResidentCountsOnItsOwn() {
        Kostencijfers.Volumeteller teller = new Kostencijfers.Volumeteller();
        teller.toewijzing("000000003", "IJW", 2, true);
        teller.toewijzing("000000003", "IWMO", 2, true);
        teller.toewijzing("000000004", "IWMO", 0, true);
        teller.toewijzing("000000005", "IWMO", 2, true);
        assertThat(regels(teller.jaarvolume())).containsExactlyInAnyOrder(
                "begin WMO 1",
                "maand 2 JEUGDWET trajecten 1 clienten 0", "maand 2 JEUGDWET trajecten 0 clienten 1",
                "maand 2 WMO trajecten 2 clienten 0", "maand 2 WMO trajecten 0 clienten 2");
    }
}
