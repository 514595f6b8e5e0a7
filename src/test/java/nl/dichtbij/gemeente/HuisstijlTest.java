package nl.dichtbij.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HuisstijlTest {

    @Test
    void contrastIsTheRatioOfRelativeLuminancesAsWcagDefinesIt() {
        assertThat(Huisstijlen.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(Huisstijlen.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(Huisstijlen.contrast("#767676", "#ffffff")).as("the lightest grey that passes on white").isCloseTo(4.54, within(0.01));
        assertThat(Huisstijlen.contrast(Huisstijl.STANDAARD_DONKER, "#ffffff")).isGreaterThan(Huisstijlen.MINIMAAL_CONTRAST);
        assertThat(Huisstijlen.contrast(Huisstijl.STANDAARD_PRIMAIR, "#ffffff")).isGreaterThan(Huisstijlen.MINIMAAL_CONTRAST);
    }

    @Test
    void aColourIsSixHexDigitsWithOrWithoutItsHash() {
        assertThat(Huisstijlen.kleur(" #1A2B3C ")).isEqualTo("#1a2b3c");
        assertThat(Huisstijlen.kleur("1a2b3c")).isEqualTo("#1a2b3c");
        assertThat(Huisstijlen.kleur("#abc")).isNull();
        assertThat(Huisstijlen.kleur("blauw")).isNull();
        assertThat(Huisstijlen.kleur("#1a2b3c; }")).as("nothing but a colour reaches the style sheet").isNull();
    }

    @Test
    void aColourMustStayReadableOnEveryLightBackgroundOfThePages() {
        assertThat(Huisstijlen.laagsteContrast("#00664f")).as("the demo's Woerden").isGreaterThan(Huisstijlen.MINIMAAL_CONTRAST);
        assertThat(Huisstijlen.laagsteContrast("#8a1538")).as("the demo's Montfoort").isGreaterThan(Huisstijlen.MINIMAAL_CONTRAST);
        assertThat(Huisstijlen.contrast("#767676", "#ffffff")).isGreaterThan(Huisstijlen.MINIMAAL_CONTRAST);
        assertThat(Huisstijlen.laagsteContrast("#767676")).as("passes on white, not on the grey of a panel").isLessThan(Huisstijlen.MINIMAAL_CONTRAST);
    }
}
