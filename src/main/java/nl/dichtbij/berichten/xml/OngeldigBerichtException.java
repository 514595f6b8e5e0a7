package nl.dichtbij.berichten.xml;

import java.util.List;

/** A body that is not XML, not a known message, or too large or deep to read: no retour possible (400). */
public class OngeldigBerichtException extends RuntimeException {

    private final List<String> fouten;

    public OngeldigBerichtException(String melding, List<String> fouten) {
        super(melding);
        this.fouten = List.copyOf(fouten);
    }

    public OngeldigBerichtException(String melding) {
        this(melding, List.of());
    }

    public List<String> fouten() {
        return fouten;
    }
}
