package nl.dichtbij.berichten;

import java.time.Clock;

import nl.dichtbij.aanbod.AanbodVoorBenchmark;
import nl.dichtbij.berichten.internal.ContractuitvoeringVoorBenchmark;
import nl.dichtbij.regie.RegieVoorBenchmark;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The provider page's figures on the national benchmark database: the application's own queries over toewijzingen,
 * declaration lines and verzoeken, with the small lookups (contract norms, escalations, code names) left out.
 */
public final class AanbiedercijfersVoorBenchmark {

    private AanbiedercijfersVoorBenchmark() {
    }

    public static Aanbiedercijfers van(JdbcClient jdbc, Clock clock) {
        return new Aanbiedercijfers(jdbc, ContractuitvoeringVoorBenchmark.van(jdbc), AanbodVoorBenchmark.zonderContracten(clock),
                RegieVoorBenchmark.zonderEscalaties(clock), AanbodVoorBenchmark.metRedenenBeeindiging(clock), clock);
    }
}
