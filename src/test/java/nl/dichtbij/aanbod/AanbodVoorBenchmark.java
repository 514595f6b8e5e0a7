package nl.dichtbij.aanbod;

import java.time.Clock;
import java.util.List;

/**
 * For the national benchmark (scripts/benchmark-stapeling.sh), whose database holds the message traffic but no contracts
 * or code lists: the small lookups the provider page makes beside its figures (a few hundred contracts, one code list),
 * answered without a database so the benchmark times the figures.
 */
public final class AanbodVoorBenchmark {

    private AanbodVoorBenchmark() {
    }

    public static Contracten zonderContracten(Clock clock) {
        return new Contracten(null, clock, null, null) {
            @Override
            public List<Wachttijdnorm> wachttijdnormen(String gemeenteCode, int jaar) {
                return List.of();
            }
        };
    }

    public static Aanbod metRedenenBeeindiging(Clock clock) {
        return new Aanbod(null, clock) {
            @Override
            public List<Code> codelijst(String lijst) {
                return List.of(new Code("JZ588", "31", "Levering is volgens plan beëindigd"), new Code("JZ588", "32", "Voortijdig afgesloten, door cliënt"));
            }

            @Override
            public List<Aanbieder> aanbieders() {
                return List.of();
            }
        };
    }
}
