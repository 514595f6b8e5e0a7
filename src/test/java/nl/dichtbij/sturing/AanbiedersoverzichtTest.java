package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import nl.dichtbij.berichten.Aanbiedercijfers.Aanbiedercijfer;
import nl.dichtbij.berichten.Aanbiedercijfers.Groepstelling;
import nl.dichtbij.berichten.Aanbiedercijfers.Lijst;
import nl.dichtbij.berichten.Aanbiedercijfers.Uitstroom;
import nl.dichtbij.berichten.Aanbiedercijfers.Uitstroomgroep;
import nl.dichtbij.berichten.Aanbiedercijfers.Verzoekcijfers;
import nl.dichtbij.berichten.Verzoek;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

/** What the board sees of the provider list: counts of 1 to 4 left out, and the money and shares that would give them away. */
class AanbiedersoverzichtTest {

    private static Aanbiedercijfer rij(int plaats, String agb, long clienten, long centen, String procent, String cumulatief, long plan, long voortijdig) {
        long uit = plan + voortijdig;
        return new Aanbiedercijfer(plaats, agb, "Aanbieder " + agb, plaats == 1, clienten, 6L, 2L, centen, clienten == 0 ? null : centen / clienten,
                new BigDecimal(procent), new BigDecimal(cumulatief), List.of(), uit,
                List.of(new Groepstelling(Uitstroomgroep.VOLGENS_PLAN, plan, pct(plan, uit)), new Groepstelling(Uitstroomgroep.VOORTIJDIG, voortijdig, pct(voortijdig, uit)),
                        new Groepstelling(Uitstroomgroep.OVERSTAP, 0L, pct(0, uit)), new Groepstelling(Uitstroomgroep.ANDERS, 0L, pct(0, uit))),
                List.of(new Uitstroom("31", "Levering is volgens plan beëindigd", Uitstroomgroep.VOLGENS_PLAN, plan)),
                List.of(new Verzoekcijfers(Verzoek.Soort.TOEWIJZING, 7L, 5L, 2L, 0L), new Verzoekcijfers(Verzoek.Soort.WIJZIGING, 0L, 0L, 0L, 0L)),
                3L, 0L, List.of());
    }

    private static BigDecimal pct(long deel, long geheel) {
        return geheel == 0 ? null : BigDecimal.valueOf(deel * 100).divide(BigDecimal.valueOf(geheel), 1, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void smallCountsAndWhatFollowsFromThemAreLeftOut() {
        Lijst lijst = new Lijst("0632", 2025, null, 100_000_00, 24L, 3, 1, new BigDecimal("33.3"), new BigDecimal("70.0"), false, List.of(
                rij(1, "00000001", 20, 70_000_00, "70.0", "70.0", 6, 2),
                rij(2, "00000002", 3, 25_000_00, "25.0", "95.0", 0, 0),
                rij(3, "00000003", 8, 5_000_00, "5.0", "100.0", 5, 5)));
        Lijst bestuur = Aanbiedersoverzicht.voorHetBestuur(lijst);
        assertThat(bestuur.onderdrukt()).isTrue();
        assertThat(bestuur.clienten()).isEqualTo(24L);
        assertThat(bestuur.besteedCenten()).isEqualTo(100_000_00);

        Aanbiedercijfer groot = bestuur.aanbieders().get(0);
        assertThat(groot.clienten()).isEqualTo(20L);
        assertThat(groot.besteedCenten()).isEqualTo(70_000_00L);
        assertThat(groot.besteedPerClientCenten()).isEqualTo(3_500_00L);
        assertThat(groot.procentCumulatief()).isEqualByComparingTo("70.0");
        assertThat(groot.uitstroomTotaal()).isEqualTo(8L);
        assertThat(groot.groep(Uitstroomgroep.VOLGENS_PLAN).aantal()).isEqualTo(6L);
        assertThat(groot.groep(Uitstroomgroep.VOORTIJDIG).aantal()).as("2 early ends").isNull();
        assertThat(groot.groep(Uitstroomgroep.VOORTIJDIG).procent()).isNull();
        assertThat(groot.groep(Uitstroomgroep.VOLGENS_PLAN).procent()).isEqualByComparingTo("75.0");
        assertThat(groot.verzoeken(Verzoek.Soort.TOEWIJZING)).extracting(Verzoekcijfers::ontvangen, Verzoekcijfers::toegekend,
                Verzoekcijfers::afgewezen, Verzoekcijfers::open).containsExactly(7L, 5L, null, 0L);
        assertThat(groot.escalaties()).as("3 escalations").isNull();
        assertThat(groot.escalatiesOpen()).as("none is no one").isZero();
        assertThat(groot.beeindigdeToewijzingen()).as("2 ended").isNull();
        assertThat(groot.onderdrukt()).containsExactlyInAnyOrder("beeindigdeToewijzingen", "escalaties", "uitstroom", "verzoeken");

        // 3 clients: their money tells what one resident's care cost; from here on no cumulative share
        Aanbiedercijfer klein = bestuur.aanbieders().get(1);
        assertThat(klein.clienten()).isNull();
        assertThat(klein.besteedCenten()).isNull();
        assertThat(klein.besteedPerClientCenten()).isNull();
        assertThat(klein.procentBesteed()).isNull();
        assertThat(klein.procentCumulatief()).isNull();
        assertThat(klein.onderdrukt()).contains("clienten", "besteedCenten", "besteedPerClientCenten", "procentBesteed", "procentCumulatief");
        assertThat(klein.plaats()).isEqualTo(2);
        assertThat(klein.naam()).isEqualTo("Aanbieder 00000002");

        Aanbiedercijfer laatste = bestuur.aanbieders().get(2);
        assertThat(laatste.clienten()).isEqualTo(8L);
        assertThat(laatste.besteedCenten()).isEqualTo(5_000_00L);
        assertThat(laatste.procentCumulatief()).as("100 minus 95 would give the small one's share back").isNull();
        assertThat(laatste.uitstroomTotaal()).isEqualTo(10L);
        assertThat(laatste.groep(Uitstroomgroep.VOORTIJDIG).procent()).isEqualByComparingTo("50.0");
    }

    @Test
    void fewerThanFiveClientsInTheMunicipalityAreLeftOutToo() {
        Lijst lijst = new Lijst("0632", 2025, Wet.WMO, 1_000, 4L, 1, 1, new BigDecimal("100.0"), new BigDecimal("100.0"), false,
                List.of(rij(1, "00000001", 4, 1_000, "100.0", "100.0", 0, 0)));
        assertThat(Aanbiedersoverzicht.voorHetBestuur(lijst).clienten()).isNull();
    }

    @Test
    void theLawOfTheChoice() {
        assertThat(Aanbiedersoverzicht.wet(null)).isNull();
        assertThat(Aanbiedersoverzicht.wet(" ")).isNull();
        assertThat(Aanbiedersoverzicht.wet("Jeugdwet")).isEqualTo(Wet.JEUGDWET);
        assertThat(Aanbiedersoverzicht.wet("wmo")).isEqualTo(Wet.WMO);
        assertThatThrownBy(() -> Aanbiedersoverzicht.wet("participatiewet")).isInstanceOf(OngeldigeInvoerException.class);
    }
}
