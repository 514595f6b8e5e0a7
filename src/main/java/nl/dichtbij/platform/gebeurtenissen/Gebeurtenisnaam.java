package nl.dichtbij.platform.gebeurtenissen;

import java.util.Locale;

/**
 * Class and method names as beheer can read them: {@code nl.dichtbij.besluit.BeschikkingVastgesteld}
 * becomes "Beschikking vastgesteld" in module "besluit".
 */
record Gebeurtenisnaam(String naam, String module) {

    private static final String BASIS = "nl.dichtbij.";

    /** The event's type, a fully qualified class name. */
    static Gebeurtenisnaam vanType(String type) {
        return new Gebeurtenisnaam(woorden(eenvoudig(type)), module(type));
    }

    /**
     * The listener, as Modulith identifies it: {@code nl.dichtbij.berichten.Toewijzingen.vastgesteld(nl.dichtbij.besluit.BeschikkingVastgesteld)}
     * becomes "Toewijzingen: vastgesteld" in module "berichten".
     */
    static Gebeurtenisnaam vanVerwerker(String listenerId) {
        int haakje = listenerId.indexOf('(');
        String methode = haakje < 0 ? listenerId : listenerId.substring(0, haakje);
        int punt = methode.lastIndexOf('.');
        if (punt < 0) {
            return new Gebeurtenisnaam(methode, "");
        }
        String klasse = methode.substring(0, punt);
        return new Gebeurtenisnaam(eenvoudig(klasse) + ": " + methode.substring(punt + 1), module(klasse));
    }

    private static String eenvoudig(String klasse) {
        String naam = klasse.substring(klasse.lastIndexOf('.') + 1);
        return naam.substring(naam.lastIndexOf('$') + 1);
    }

    private static String module(String klasse) {
        if (!klasse.startsWith(BASIS)) {
            return "";
        }
        String rest = klasse.substring(BASIS.length());
        int punt = rest.indexOf('.');
        return punt < 0 ? "" : rest.substring(0, punt);
    }

    /** "BeschikkingVastgesteld" → "Beschikking vastgesteld"; runs of capitals (JW301) stay together. */
    private static String woorden(String naam) {
        String los = naam.replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ");
        StringBuilder zin = new StringBuilder();
        for (String woord : los.split(" ")) {
            boolean afkorting = woord.length() > 1 && woord.equals(woord.toUpperCase(Locale.ROOT));
            zin.append(zin.isEmpty() || afkorting ? woord : woord.toLowerCase(Locale.ROOT)).append(' ');
        }
        return zin.toString().trim();
    }
}
