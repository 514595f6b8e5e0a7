package nl.dichtbij.regie;

import java.time.Clock;
import java.util.List;

/** For the national benchmark, whose database has no cases: no escalations (see {@code nl.dichtbij.aanbod.AanbodVoorBenchmark}). */
public final class RegieVoorBenchmark {

    private RegieVoorBenchmark() {
    }

    public static Escalaties zonderEscalaties(Clock clock) {
        return new Escalaties(null, null, null, clock) {
            @Override
            public List<PerAanbieder> perAanbieder(String gemeenteCode, int jaar) {
                return List.of();
            }
        };
    }
}
