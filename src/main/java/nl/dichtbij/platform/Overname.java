package nl.dichtbij.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks every module makes on history taken over from a municipality's previous system (docs/decisions/0021): what
 * happened lies in the past, a later step does not come before an earlier one, and what is required is there. It collects the
 * errors per field and refuses them together, in Dutch.
 */
public final class Overname {

    private final Map<String, String> fouten = new LinkedHashMap<>();

    public Overname verplicht(Object waarde, String veld, String omschrijving) {
        if (waarde == null || waarde instanceof String s && s.isBlank()) {
            fouten.putIfAbsent(veld, omschrijving + " ontbreekt.");
        }
        return this;
    }

    public Overname nietNa(LocalDate dag, LocalDate grens, String veld, String omschrijving) {
        if (dag != null && grens != null && dag.isAfter(grens)) {
            fouten.putIfAbsent(veld, omschrijving + " ligt na " + Formaat.datum(grens) + ".");
        }
        return this;
    }

    public Overname nietNa(Instant moment, Instant grens, String veld, String omschrijving) {
        if (moment != null && grens != null && moment.isAfter(grens)) {
            fouten.putIfAbsent(veld, omschrijving + " ligt in de toekomst.");
        }
        return this;
    }

    public Overname nietVoor(LocalDate dag, LocalDate grens, String veld, String omschrijving) {
        if (dag != null && grens != null && dag.isBefore(grens)) {
            fouten.putIfAbsent(veld, omschrijving + " ligt voor " + Formaat.datum(grens) + ".");
        }
        return this;
    }

    public Overname als(boolean fout, String veld, String melding) {
        if (fout) {
            fouten.putIfAbsent(veld, melding);
        }
        return this;
    }

    /** A LIKE pattern for what starts with {@code voorvoegsel}, its own {@code %} and {@code _} taken literally (escape {@code !}). */
    public static String voorvoegsel(String voorvoegsel) {
        return voorvoegsel.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Refuses the record when any check failed. */
    public void weigerBijFouten() {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }
}
