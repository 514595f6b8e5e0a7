package nl.dichtbij.sturing.api;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;

/** The municipality and year a steering API call asks for: only one's own municipality, a sensible year. */
final class Keuze {

    private Keuze() {
    }

    /** Checks {@code gemeente} (optional) against the user's own; another municipality does not exist for him. */
    static String gemeente(Gebruiker gebruiker, String gemeente) {
        if (gemeente != null && !gemeente.matches("\\d{4}")) {
            throw new OngeldigeInvoerException("gemeente", "De gemeentecode bestaat uit 4 cijfers, bijvoorbeeld 0632.");
        }
        if (gemeente != null && !gemeente.equals(gebruiker.gemeenteCode())) {
            throw new NietGevondenException("De gemeente");
        }
        return gebruiker.gemeenteCode();
    }

    /** The year as the address gives it: empty is {@code standaard}; no number, or one out of range, is refused in Dutch. */
    static int jaar(String jaar, int standaard) {
        if (jaar == null || jaar.isBlank()) {
            return standaard;
        }
        if (!jaar.strip().matches("\\d{1,9}")) {
            throw new OngeldigeInvoerException("jaar", "Het jaar is een getal van vier cijfers, bijvoorbeeld " + standaard
                    + ". Kies een jaar tussen 2000 en 2100.");
        }
        return jaar(Integer.valueOf(jaar.strip()), standaard);
    }

    static int jaar(Integer jaar, int standaard) {
        int gekozen = jaar == null ? standaard : jaar;
        if (gekozen < 2000 || gekozen > 2100) {
            throw new OngeldigeInvoerException("jaar", "Kies een jaar tussen 2000 en 2100.");
        }
        return gekozen;
    }
}
