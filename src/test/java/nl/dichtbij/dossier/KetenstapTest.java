package nl.dichtbij.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The chaining step's own logic: order, numbering, links and the content format of the chains already written. */
class KetenstapTest {

    private final Logboekzegel zegel = new Logboekzegel("een-sleutel-van-minstens-tweeendertig-tekens-0632");
    private static final Instant TIJDSTIP = Instant.parse("2026-12-02T09:15:30.123Z");

    private static Verwerking wachtend(long id, String gemeente, String bsn) {
        return new Verwerking(id, gemeente, null, TIJDSTIP, "tester", "Tester", "CONSULENT", bsn, Dossierdeel.PLAN, Handeling.INZIEN,
                "Test | met streep", "GET /test", null, null);
    }

    @Test
    void sealsWaitingLinesOntoTheHeadInTheOrderOfTheirId() {
        Ketenstap.Kop kop = new Ketenstap.Kop(41, "a".repeat(64));
        Ketenstap.Uitkomst uitkomst = Ketenstap.keten("0632", kop,
                List.of(wachtend(12, "0632", "333333330"), wachtend(10, "0632", "111111110"), wachtend(11, "0632", "222222220")), zegel::zegel);

        assertThat(uitkomst.schakels()).extracting(Ketenstap.Schakel::id).containsExactly(10L, 11L, 12L);
        assertThat(uitkomst.schakels()).extracting(Ketenstap.Schakel::volgnummer).containsExactly(42L, 43L, 44L);
        assertThat(uitkomst.schakels().get(0).vorigeHash()).isEqualTo(kop.hash());
        assertThat(uitkomst.schakels().get(1).vorigeHash()).isEqualTo(uitkomst.schakels().get(0).hash());
        assertThat(uitkomst.schakels().get(2).vorigeHash()).isEqualTo(uitkomst.schakels().get(1).hash());
        assertThat(uitkomst.kop()).isEqualTo(new Ketenstap.Kop(44, uitkomst.schakels().get(2).hash()));
    }

    @Test
    void theSealIsTheHmacOfTheContentFormatOfTheChainsAlreadyWritten() {
        Ketenstap.Uitkomst uitkomst = Ketenstap.keten("0632", new Ketenstap.Kop(0, Ketenstap.BEGIN), List.of(wachtend(7, "0632", "111111110")),
                zegel::zegel);
        String inhoud = Ketenstap.BEGIN + "|0632|1|" + TIJDSTIP.toEpochMilli() + "|tester|Tester|CONSULENT|111111110|PLAN|INZIEN|Test ¦ met streep|GET /test";
        assertThat(uitkomst.schakels().getFirst().hash()).isEqualTo(zegel.zegel(inhoud));
        assertThat(zegel.klopt(inhoud, uitkomst.schakels().getFirst().hash())).isTrue();
    }

    @Test
    void nothingWaitingLeavesTheHeadAsItIs() {
        Ketenstap.Kop kop = new Ketenstap.Kop(5, "b".repeat(64));
        Ketenstap.Uitkomst uitkomst = Ketenstap.keten("0632", kop, List.of(), zegel::zegel);
        assertThat(uitkomst.schakels()).isEmpty();
        assertThat(uitkomst.kop()).isEqualTo(kop);
    }

    @Test
    void refusesALineOfAnotherMunicipalityOrOneAlreadyChained() {
        Ketenstap.Kop kop = new Ketenstap.Kop(0, Ketenstap.BEGIN);
        assertThatThrownBy(() -> Ketenstap.keten("0632", kop, List.of(wachtend(1, "0331", "111111110")), zegel::zegel))
                .isInstanceOf(IllegalArgumentException.class);
        Verwerking geketend = new Verwerking(2, "0632", 1L, TIJDSTIP, "tester", "Tester", "CONSULENT", "111111110", Dossierdeel.PLAN,
                Handeling.INZIEN, "Test", "GET /test", Ketenstap.BEGIN, "c".repeat(64));
        assertThatThrownBy(() -> Ketenstap.keten("0632", kop, List.of(geketend), zegel::zegel)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sealsNewLinesOntoTheHeadOfAParallelChainInTheOrderGivenAndTheSealNamesTheChain() {
        Ketenstap.Kop kop = new Ketenstap.Kop(7, "d".repeat(64));
        Ketenstap.Uitkomst uitkomst = Ketenstap.verzegel("0632", 3, kop,
                List.of(wachtend(0, "0632", "222222220"), wachtend(0, "0632", "111111110")), zegel::zegel);

        assertThat(uitkomst.schakels()).extracting(Ketenstap.Schakel::id).containsExactly(0L, 1L);
        assertThat(uitkomst.schakels()).extracting(Ketenstap.Schakel::volgnummer).containsExactly(8L, 9L);
        assertThat(uitkomst.schakels().get(0).vorigeHash()).isEqualTo(kop.hash());
        assertThat(uitkomst.schakels().get(1).vorigeHash()).isEqualTo(uitkomst.schakels().get(0).hash());
        String inhoud = kop.hash() + "|0632/3|8|" + TIJDSTIP.toEpochMilli() + "|tester|Tester|CONSULENT|222222220|PLAN|INZIEN|Test ¦ met streep|GET /test";
        assertThat(uitkomst.schakels().getFirst().hash()).isEqualTo(zegel.zegel(inhoud));
        assertThat(uitkomst.kop()).isEqualTo(new Ketenstap.Kop(9, uitkomst.schakels().get(1).hash()));

        Ketenstap.Uitkomst inAndereKeten = Ketenstap.verzegel("0632", 4, kop, List.of(wachtend(0, "0632", "222222220")), zegel::zegel);
        assertThat(inAndereKeten.schakels().getFirst().hash()).as("the same line at the same place in another chain has another seal")
                .isNotEqualTo(uitkomst.schakels().getFirst().hash());
    }

    @Test
    void sealingAtWriteRefusesChainZeroAndALineOfAnotherMunicipality() {
        Ketenstap.Kop kop = new Ketenstap.Kop(0, Ketenstap.BEGIN);
        assertThatThrownBy(() -> Ketenstap.verzegel("0632", 0, kop, List.of(wachtend(0, "0632", "111111110")), zegel::zegel))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ketenstap.verzegel("0632", 1, kop, List.of(wachtend(0, "0331", "111111110")), zegel::zegel))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
