package nl.dichtbij.berichten.internal;

import nl.dichtbij.aanbod.Uitvoeringscijfers;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's waiting times and spend per contract on a benchmark database. */
public final class ContractuitvoeringVoorBenchmark {

    private ContractuitvoeringVoorBenchmark() {
    }

    public static Uitvoeringscijfers van(JdbcClient jdbc) {
        return new Contractuitvoering(jdbc);
    }
}
