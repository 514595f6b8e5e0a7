package nl.dichtbij.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import nl.dichtbij.sturing.Regeling;

import org.junit.jupiter.api.Test;

/** The calibration table of the demo provisions adds up to the stacking figures of Woerden 2017 (domain.md §5). */
class StapelingsdemoTest {

    @Test
    void theCombinationsAddUpToTheTotalsPerRegeling() {
        Map<Regeling, Integer> met = new EnumMap<>(Regeling.class);
        Map<Regeling, Integer> alleen = new EnumMap<>(Regeling.class);
        Stapelingsdemo.KALIBRATIE.forEach((combinatie, aantal) -> {
            var regelingen = Regeling.uitMasker(Stapelingsdemo.masker(combinatie));
            regelingen.forEach(r -> met.merge(r, aantal, Integer::sum));
            if (regelingen.size() == 1) {
                alleen.merge(regelingen.iterator().next(), aantal, Integer::sum);
            }
        });
        assertThat(met).containsExactly(Map.entry(Regeling.JEUGD, 1_359), Map.entry(Regeling.SCHULDHULPVERLENING, 192),
                Map.entry(Regeling.WERK_EN_INKOMEN, 1_313), Map.entry(Regeling.WMO_BEGELEIDING, 809), Map.entry(Regeling.WMO_VOORZIENINGEN, 1_949));
        assertThat(alleen).containsExactly(Map.entry(Regeling.JEUGD, 1_153), Map.entry(Regeling.SCHULDHULPVERLENING, 80),
                Map.entry(Regeling.WERK_EN_INKOMEN, 795), Map.entry(Regeling.WMO_BEGELEIDING, 246), Map.entry(Regeling.WMO_VOORZIENINGEN, 1_351));
        assertThat(Stapelingsdemo.aantalAdressen()).isEqualTo(4_527);
    }

}
