package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BegrotingTest {

    @Test
    void amountsAsAControllerTypesThem() {
        assertThat(Begroting.centen("1250000")).isEqualTo(125_000_000L);
        assertThat(Begroting.centen("1.250.000,50")).isEqualTo(125_000_050L);
        assertThat(Begroting.centen("€ 1 250 000")).isEqualTo(125_000_000L);
        assertThat(Begroting.centen("12,5")).isEqualTo(1_250L);
        assertThat(Begroting.centen("12.50")).isEqualTo(1_250L);
        assertThat(Begroting.centen("1.250")).as("a dot between groups of three is a thousands separator").isEqualTo(125_000L);
        assertThat(Begroting.centen("twaalf")).isNull();
        assertThat(Begroting.centen("-5")).isNull();
        assertThat(Begroting.centen("1,2,3")).isNull();
    }

    @Test
    void everyLawAndCategoryHasATheme() {
        assertThat(Thema.van(nl.dichtbij.platform.Wet.JEUGDWET, "45")).isEqualTo(Thema.GROEI);
        assertThat(Thema.van(nl.dichtbij.platform.Wet.WMO, "02")).isEqualTo(Thema.ONDERSTEUNING);
        assertThat(Thema.van(nl.dichtbij.platform.Wet.WMO, "05")).isEqualTo(Thema.WONEN);
        assertThat(Thema.van(nl.dichtbij.platform.Wet.SCHULDHULP, null)).isEqualTo(Thema.WERK_EN_INKOMEN);
    }
}
