package nl.dichtbij.personen.internal;

import nl.dichtbij.personen.PersonenRegister;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's register on a benchmark database, so a benchmark times the application's own lookups. */
public final class RegisterVoorBenchmark {

    private RegisterVoorBenchmark() {
    }

    public static PersonenRegister van(JdbcClient jdbc) {
        return new JdbcPersonenRegister(jdbc);
    }
}
