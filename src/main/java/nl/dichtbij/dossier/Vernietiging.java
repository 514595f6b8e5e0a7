package nl.dichtbij.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Helps a {@link Dossieronderdeel} count (dry run) or delete its rows, table by table, children first. */
public final class Vernietiging {

    private Vernietiging() {
    }

    /** A table and the condition (with one parameter: the case id) that selects the case's rows. */
    public record Stap(String tabel, String waar) {
    }

    public static int uitvoeren(JdbcClient jdbc, boolean proef, long zaakId, Stap... stappen) {
        int totaal = 0;
        for (Stap stap : stappen) {
            totaal += proef
                    ? jdbc.sql("select count(*) from " + stap.tabel() + " where " + stap.waar()).param(zaakId).query(Integer.class).single()
                    : jdbc.sql("delete from " + stap.tabel() + " where " + stap.waar()).param(zaakId).update();
        }
        return totaal;
    }
}
