package nl.dichtbij.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;


import org.junit.jupiter.api.Test;

class DemogemeenteTest {

    private record Deel(String naam) implements Demodeel {
        @Override
        public void vullen() {
        }
    }

    @Test
    void thePartsRunInTheOrderOfTheListWhateverOrderSpringGivesThem() {
        List<Demodeel> delen = new ArrayList<>(Demogemeente.VOLGORDE.stream().map(Deel::new).toList());
        Collections.reverse(delen);
        assertThat(Demogemeente.ordenen(delen)).extracting(Demodeel::naam).containsExactlyElementsOf(Demogemeente.VOLGORDE);
    }

    @Test
    void aPartNotOnTheListOrANameWithoutAPartStopsTheStart() {
        List<Demodeel> delen = new ArrayList<>(Demogemeente.VOLGORDE.stream().map(Deel::new).toList());
        delen.add(new Deel("nieuw"));
        assertThatThrownBy(() -> Demogemeente.ordenen(delen)).hasMessageContaining("[nieuw]");
        assertThatThrownBy(() -> Demogemeente.ordenen(delen.subList(1, delen.size() - 1)))
                .hasMessageContaining("geen deel voor: [" + Demogemeente.VOLGORDE.getFirst() + "]");
    }
}
