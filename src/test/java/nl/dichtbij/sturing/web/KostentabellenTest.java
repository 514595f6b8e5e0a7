package nl.dichtbij.sturing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.dichtbij.platform.Wet;
import nl.dichtbij.sturing.Kostenoverzicht;

import org.junit.jupiter.api.Test;

class KostentabellenTest {

    @Test
    void theShortLawNameAndOneDayInTheSingular() {
        Kostenoverzicht.Overzicht o = new Kostenoverzicht.Overzicht("0632", 2014, 12, false, List.of(), List.of(), List.of(),
                List.of(new Kostenoverzicht.Duurmediaan(Wet.WMO, 7L, 1L, List.of())),
                List.of(new Kostenoverzicht.Volume(Wet.WMO, 1L, 2L, 3L, 4L, 5L, 600L, 700L, List.of())), null, false);
        assertThat(Kostentabellen.duur(o).weergaveRijen()).containsExactly(List.of("Alle beëindigde trajecten (mediaan 1 dag)", "Wmo", "7", "100"));
        assertThat(Kostentabellen.volume(o).weergaveRijen().getFirst().getFirst()).isEqualTo("Wmo");
    }
}
