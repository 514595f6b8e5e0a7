package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.dichtbij.sturing.Uitkomstmonitor.Domein;
import nl.dichtbij.sturing.Uitkomstmonitor.Groep;
import nl.dichtbij.sturing.Uitkomstmonitor.Kant;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting.Door;

import org.junit.jupiter.api.Test;

class UitkomstmonitorTest {

    @Test
    void meansChangeAndGapFollowFromTheCounts() {
        Domein prof = new Domein(ZrmDomein.FINANCIEN, List.of(1L, 2L, 0L, 0L, 1L), 3, 5, 9);
        assertThat(prof.gescoord()).isEqualTo(4);
        assertThat(prof.gemiddeldBijIntake()).isEqualByComparingTo("2.5"); // (1 + 4 + 5) / 4
        assertThat(prof.verandering()).isEqualByComparingTo("1.3"); // (9 - 5) / 3, rounded
        assertThat(prof.gemiddeldLaatste()).isEqualByComparingTo("3.0");
        Domein inwoner = new Domein(ZrmDomein.FINANCIEN, List.of(0L, 0L, 4L, 0L, 0L), 2, 6, 6);
        Groep g = new Groep("x", "X", new Kant(Door.PROFESSIONAL, 6, false, List.of(prof)), new Kant(Door.INWONER, 5, false, List.of(inwoner)));
        assertThat(g.verschilBijIntake(ZrmDomein.FINANCIEN)).isEqualByComparingTo("0.5");
        assertThat(g.verschilLaatste(ZrmDomein.FINANCIEN)).isEqualByComparingTo("0.0");
        assertThat(g.professional().verandering()).isEqualByComparingTo("1.3");
    }

    @Test
    void noPairsNoChangeAndASuppressedSideHasNoGap() {
        Domein zonder = new Domein(ZrmDomein.JUSTITIE, List.of(0L, 0L, 0L, 0L, 0L), 0, 0, 0);
        assertThat(zonder.gemiddeldBijIntake()).isNull();
        assertThat(zonder.verandering()).isNull();
        Domein prof = new Domein(ZrmDomein.FINANCIEN, List.of(5L, 0L, 0L, 0L, 0L), 5, 5, 10);
        Groep g = new Groep("x", "X", new Kant(Door.PROFESSIONAL, 5, false, List.of(prof)), new Kant(Door.INWONER, 3, true, List.of()));
        assertThat(g.verschilBijIntake(ZrmDomein.FINANCIEN)).isNull();
    }

    @Test
    void theAggregateIsOnePassOverOneTable() {
        assertThat(UitkomstSql.sql(Uitkomstindeling.TEAM, false, false)).contains("from uitkomst where gemeente_code = :gemeente")
                .contains("group by coalesce(cast(team_id as varchar(20)), ''), door").doesNotContain("join");
        assertThat(UitkomstSql.sql(Uitkomstindeling.AANBIEDER, true, true)).contains("from uitkomst_aanbieder where gemeente_code = :gemeente")
                .contains("and code = :code").contains("and afgesloten = true").doesNotContain("join");
        assertThat(UitkomstSql.sql(Uitkomstindeling.GEMEENTE, false, false)).endsWith("group by door");
    }
}
