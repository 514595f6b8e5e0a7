package nl.dichtbij.dossier.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.platform.OngeldigeInvoerException;

/** Reading what a form sent: dates and parts with a Dutch error, and what was typed to put back after a refusal. */
final class Invoer {

    private Invoer() {
    }

    /** What the user typed, to put back on the form after a refusal: nothing typed is lost. */
    static Map<String, String> ingevuld(String... paren) {
        Map<String, String> waarden = new java.util.HashMap<>();
        for (int i = 0; i + 1 < paren.length; i += 2) {
            waarden.put(paren[i], paren[i + 1] == null ? "" : paren[i + 1]);
        }
        return waarden;
    }

    static Set<Dossierdeel> delen(List<String> gekozen) {
        Set<Dossierdeel> delen = EnumSet.noneOf(Dossierdeel.class);
        if (gekozen != null) {
            for (String deel : gekozen) {
                try {
                    delen.add(Dossierdeel.valueOf(deel));
                } catch (IllegalArgumentException onbekend) {
                    throw new OngeldigeInvoerException("delen", "Kies welke delen van uw dossier u wilt delen.");
                }
            }
        }
        return delen;
    }

    static LocalDate datum(String tekst, String veld) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new OngeldigeInvoerException(veld, "Vul een datum in, bijvoorbeeld 2027-03-31.");
        }
    }
}
