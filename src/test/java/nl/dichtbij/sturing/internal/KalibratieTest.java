package nl.dichtbij.sturing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.sturing.Regeling;

import org.junit.jupiter.api.Test;

/** The Wmo split of decisions is as documented (the calibration of the demo provisions: demo.StapelingsdemoTest). */
class KalibratieTest {

    @Test
    void wmoDecisionsSplitByProductCategory() {
        assertThat(RegelingVanBeschikking.wmo("02")).isEqualTo(Regeling.WMO_BEGELEIDING);
        assertThat(RegelingVanBeschikking.wmo("07")).isEqualTo(Regeling.WMO_BEGELEIDING);
        assertThat(RegelingVanBeschikking.wmo("15")).isEqualTo(Regeling.WMO_BEGELEIDING);
        assertThat(RegelingVanBeschikking.wmo("01")).isEqualTo(Regeling.WMO_VOORZIENINGEN);
        assertThat(RegelingVanBeschikking.wmo("13")).isEqualTo(Regeling.WMO_VOORZIENINGEN);
        assertThat(RegelingVanBeschikking.wmo(null)).isEqualTo(Regeling.WMO_VOORZIENINGEN);
    }
}
