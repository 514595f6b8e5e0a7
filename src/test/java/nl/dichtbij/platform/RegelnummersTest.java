package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegelnummersTest {

    @Test
    void aPositionIsOnTheLineWhoseStartComesLastBeforeIt() {
        Regelnummers regels = Regelnummers.van("kop;a\nrij1;\"twee\nregels\"\nrij3;c\n");
        assertThat(regels.regel(0)).isEqualTo(1);
        assertThat(regels.regel(4)).isEqualTo(1);
        assertThat(regels.regel(6)).as("the first character of line 2").isEqualTo(2);
        assertThat(regels.regel(20)).as("inside the quoted field that runs on").isEqualTo(3);
        assertThat(regels.regel(25)).isEqualTo(4);
    }
}
