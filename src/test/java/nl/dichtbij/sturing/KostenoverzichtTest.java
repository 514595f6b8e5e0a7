package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.berichten.Kostencijfers.Beginstand;
import nl.dichtbij.berichten.Kostencijfers.Maandvolume;
import nl.dichtbij.berichten.Kostencijfers.Persoonkosten;
import nl.dichtbij.berichten.Kostencijfers.Traject;
import nl.dichtbij.besluit.Besluitcijfers.PgbVanPersoon;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

class KostenoverzichtTest {

    private static final List<Persoonkosten> NATURA = List.of(
            new Persoonkosten("1", Wet.JEUGDWET, "45", 500_000),
            new Persoonkosten("2", Wet.JEUGDWET, "45", 300_000),
            new Persoonkosten("2", Wet.JEUGDWET, "43", 100_000),
            new Persoonkosten("3", Wet.JEUGDWET, "45", 50_000),
            new Persoonkosten("9", Wet.WMO, "02", 100_000));
    private static final List<PgbVanPersoon> PGB = List.of(new PgbVanPersoon("8", Wet.WMO, "02", 120_000), new PgbVanPersoon("9", Wet.WMO, null, 10_000));

    private static Kostenoverzicht.Overzicht overzicht(int afgesloten) {
        List<Traject> trajecten = List.of(
                new Traject(Wet.JEUGDWET, LocalDate.of(2014, 1, 6), LocalDate.of(2014, 3, 31)),
                new Traject(Wet.JEUGDWET, LocalDate.of(2013, 6, 1), LocalDate.of(2014, 6, 30)),
                new Traject(Wet.JEUGDWET, LocalDate.of(2014, 2, 1), LocalDate.of(2014, 5, 1)));
        List<Maandvolume> volume = List.of(new Maandvolume(1, Wet.JEUGDWET, 3, 2), new Maandvolume(7, Wet.JEUGDWET, 6, 4),
                new Maandvolume(2, Wet.WMO, 1, 1));
        List<Beginstand> beginstand = List.of(new Beginstand(Wet.JEUGDWET, 10));
        List<Geldoverzicht.Regel> geld = List.of(new Geldoverzicht.Regel(1, Wet.JEUGDWET, Thema.GROEI, "45", 0, 0, 600_000, 0),
                new Geldoverzicht.Regel(8, Wet.JEUGDWET, Thema.GROEI, "45", 0, 0, 300_000, 0));
        return Kostenoverzicht.samenstellen("0632", 2014, afgesloten, NATURA, PGB, trajecten, volume, beginstand, geld,
                Concentratie.van(List.of()), (wet, code) -> code == null ? "Geen categorie" : "Categorie " + code);
    }

    @Test
    void costPerClientPerLawAndCategoryCareInKindPlusPgb() {
        Kostenoverzicht.Overzicht o = overzicht(12);
        assertThat(o.perCategorie()).extracting(c -> c.wet() + " " + c.naam() + " " + c.clienten() + " " + c.zorgInNaturaEuro() + " " + c.pgbEuro()
                        + " " + c.totaalEuro() + " " + c.perClientEuro())
                .containsExactly("JEUGDWET Categorie 43 1 1000 0 1000 1000",
                        "JEUGDWET Categorie 45 3 8500 0 8500 2833",
                        "WMO Geen categorie 1 0 100 100 100",
                        "WMO Categorie 02 2 1000 1200 2200 1100");
        assertThat(o.perWet()).extracting(c -> c.wet() + " " + c.naam() + " " + c.clienten() + " " + c.totaalEuro() + " " + c.perClientEuro())
                .as("resident 2 has care in two categories and counts once in the law; 9 has care in kind and a PGB")
                .containsExactly("JEUGDWET Totaal 3 9500 3167", "WMO Totaal 2 2300 1150");
    }

    @Test
    void trajectoryLengthsInClassesAndTheirMedian() {
        Kostenoverzicht.Overzicht o = overzicht(12);
        assertThat(o.duren()).extracting(d -> d.klasse().label() + " " + d.trajecten() + " " + d.procent())
                .as("84 and 89 days are under three months, 394 days between one and two years")
                .containsExactly("Korter dan 3 maanden 2 66.7", "3 tot 6 maanden 0 0.0", "6 maanden tot 1 jaar 0 0.0", "1 tot 2 jaar 1 33.3",
                        "2 jaar of langer 0 0.0");
        assertThat(o.mediaanDuur()).extracting(m -> m.wet() + " " + m.trajecten() + " " + m.mediaanDagen()).containsExactly("JEUGDWET 3 89");
    }

    @Test
    void volumeForecastFromTheClosedMonthsBesideTheMoney() {
        Kostenoverzicht.Overzicht hetJaar = overzicht(12);
        assertThat(hetJaar.volume()).extracting(v -> v.wet() + " " + v.clientenBegin() + " " + v.nieuweClienten() + " " + v.clientenPrognose() + " "
                        + v.trajecten() + " " + v.trajectenPrognose() + " " + v.uitgavenEuro() + " " + v.uitgavenPrognoseEuro())
                .containsExactly("JEUGDWET 10 6 16 9 9 9000 9000", "WMO 0 1 1 1 1 0 0");
        Kostenoverzicht.Overzicht halverwege = overzicht(6);
        assertThat(halverwege.volume().getFirst()).extracting(Kostenoverzicht.Volume::clientenPrognose, Kostenoverzicht.Volume::trajectenPrognose,
                        Kostenoverzicht.Volume::uitgavenPrognoseEuro)
                .as("January's 2 new clients, 3 trajectories and €6,000 in six closed months make 4, 6 and €12,000 in a year; 10 were there already")
                .containsExactly(14L, 6L, 12_000L);
        assertThat(overzicht(0).volume().getFirst().clientenPrognose()).as("no closed month, no forecast").isNull();
    }

    @Test
    void theBoardSeesNoCountUnderFiveNorTheMoneyOfFewerThanFiveResidents() {
        Kostenoverzicht.Overzicht o = Kostenoverzicht.voorHetBestuur(overzicht(12));
        assertThat(o.onderdrukt()).isTrue();
        assertThat(o.perCategorie().get(1)).extracting(Kostenoverzicht.Categorie::clienten, Kostenoverzicht.Categorie::totaalEuro,
                Kostenoverzicht.Categorie::perClientEuro).containsExactly(null, null, null);
        assertThat(o.perCategorie().get(1).onderdrukt()).containsExactly("clienten", "zorgInNaturaEuro", "pgbEuro", "totaalEuro", "perClientEuro");
        assertThat(o.mediaanDuur().getFirst().mediaanDagen()).as("3 trajectories").isNull();
        assertThat(o.volume().getFirst()).extracting(Kostenoverzicht.Volume::clientenBegin, Kostenoverzicht.Volume::nieuweClienten,
                Kostenoverzicht.Volume::trajecten, Kostenoverzicht.Volume::uitgavenEuro).containsExactly(10L, 6L, 9L, 9000L);
    }
}
