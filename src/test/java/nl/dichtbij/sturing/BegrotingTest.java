package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BegrotingTest {

    @Test
    void everyLawAndCategoryHasATheme() {
        assertThat(Thema.van(nl.dichtbij.platform.Wet.JEUGDWET, "45")).isEqualTo(Thema.GROEI);
        assertThat(Thema.van(nl.dichtbij.platform.Wet.WMO, "02")).isEqualTo(Thema.ONDERSTEUNING);
        assertThat(Thema.van(nl.dichtbij.platform.Wet.WMO, "05")).isEqualTo(Thema.WONEN);
        assertThat(Thema.van(nl.dichtbij.platform.Wet.SCHULDHULP, null)).isEqualTo(Thema.WERK_EN_INKOMEN);
    }
}
