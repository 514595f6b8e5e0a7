package nl.dichtbij.platform;

import java.util.Map;

/** A business rule refused the input; the messages are Dutch and meant for the user, per field. */
public class OngeldigeInvoerException extends RuntimeException {

    private final Map<String, String> fouten;

    public OngeldigeInvoerException(Map<String, String> fouten) {
        super(String.join(" ", fouten.values()));
        // in the order the rules found them, which is the order of the form: the error list reads top to bottom
        this.fouten = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fouten));
    }

    public OngeldigeInvoerException(String veld, String melding) {
        this(Map.of(veld, melding));
    }

    public Map<String, String> fouten() {
        return fouten;
    }
}
