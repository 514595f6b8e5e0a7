package nl.dichtbij.sturing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import nl.dichtbij.sturing.Regeling;

import org.junit.jupiter.api.Test;

/** The calibration table adds up to domain.md §5, and the Wmo split of decisions is as documented. */
class KalibratieTest {

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
