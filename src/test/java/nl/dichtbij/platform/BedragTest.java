package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BedragTest {

    @Test
    void amountsAsADutchReaderTypesThem() {
        assertThat(Bedrag.centen("1250000")).isEqualTo(125_000_000L);
        assertThat(Bedrag.centen("1.250.000,50")).isEqualTo(125_000_050L);
        assertThat(Bedrag.centen("€ 1 250 000")).isEqualTo(125_000_000L);
        assertThat(Bedrag.centen("12,5")).isEqualTo(1_250L);
        assertThat(Bedrag.centen("12.50")).isEqualTo(1_250L);
        assertThat(Bedrag.lees("12.500,00")).isEqualByComparingTo("12500");
        assertThat(Bedrag.lees("12500.00")).isEqualByComparingTo("12500");
        assertThat(Bedrag.centen("1.250")).as("a dot between groups of three is a thousands separator").isEqualTo(125_000L);
    }

    @Test
    void whatIsNotAnAmountIsNone() {
        assertThat(Bedrag.centen("twaalf")).isNull();
        assertThat(Bedrag.centen("-5")).isNull();
        assertThat(Bedrag.centen("1,2,3")).isNull();
        assertThat(Bedrag.lees("12,345")).as("at most two decimals").isNull();
        assertThat(Bedrag.lees(null)).isNull();
    }

    @Test
    void amountsAreWrittenTheDutchWay() {
        assertThat(Bedrag.tekst(new BigDecimal("12500"))).isEqualTo("€ 12.500,00");
        assertThat(Bedrag.tekst(new BigDecimal("99.5"))).isEqualTo("€ 99,50");
        assertThat(Bedrag.tekst(null)).isEmpty();
    }
}
