package nl.dichtbij.berichten.xml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** An element of a received message: name, text and children, in document order. */
public final class Knoop {

    private final String naam;
    private final boolean basis;
    private final StringBuilder tekst = new StringBuilder();
    private final List<Knoop> kinderen = new ArrayList<>(6);

    public Knoop(String naam, boolean basis) {
        this.naam = naam;
        this.basis = basis;
    }

    /** Whether the element is in the basisschema namespace (the parts of CDT types) rather than the message's. */
    public boolean basis() {
        return basis;
    }

    public boolean isBlad() {
        return kinderen.isEmpty();
    }

    public String naam() {
        return naam;
    }

    public String tekst() {
        return tekst.toString().trim();
    }

    void voegTekstToe(char[] tekens, int start, int lengte) {
        tekst.append(tekens, start, lengte);
    }

    void voegToe(Knoop kind) {
        kinderen.add(kind);
    }

    public List<Knoop> kinderen() {
        return kinderen;
    }

    public Knoop kind(String naam) {
        for (Knoop kind : kinderen) {
            if (kind.naam.equals(naam)) {
                return kind;
            }
        }
        return null;
    }

    public List<Knoop> kinderen(String naam) {
        List<Knoop> gevonden = new ArrayList<>();
        for (Knoop kind : kinderen) {
            if (kind.naam.equals(naam)) {
                gevonden.add(kind);
            }
        }
        return gevonden;
    }

    /** The child at a path like "Header/BerichtIdentificatie/Identificatie", or null. */
    public Knoop pad(String pad) {
        Knoop huidig = this;
        int begin = 0;
        while (huidig != null && begin <= pad.length()) {
            int einde = pad.indexOf('/', begin);
            String deel = einde < 0 ? pad.substring(begin) : pad.substring(begin, einde);
            huidig = huidig.kind(deel);
            if (einde < 0) {
                break;
            }
            begin = einde + 1;
        }
        return huidig;
    }

    /** The text at a path, or null when the element is absent or empty. */
    public String waarde(String pad) {
        Knoop knoop = pad(pad);
        if (knoop == null) {
            return null;
        }
        String waarde = knoop.tekst();
        return waarde.isEmpty() ? null : waarde;
    }

    public LocalDate datum(String pad) {
        String waarde = waarde(pad);
        if (waarde == null) {
            return null;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Long getal(String pad) {
        String waarde = waarde(pad);
        if (waarde == null) {
            return null;
        }
        try {
            return Long.parseLong(waarde);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
