package nl.dichtbij.platform.kennisgeving;

import java.util.Optional;

/** A Dutch mobile number as a resident types it ("06 12 34 56 78", "+31 6 1234 5678"), stored as +316xxxxxxxx. */
final class Mobielnummer {

    private Mobielnummer() {
    }

    static Optional<String> normaal(String invoer) {
        if (invoer == null) {
            return Optional.empty();
        }
        String cijfers = invoer.strip().replaceAll("[\\s().-]", "");
        if (cijfers.matches("06\\d{8}")) {
            return Optional.of("+31" + cijfers.substring(1));
        }
        if (cijfers.matches("(\\+|00)316\\d{8}")) {
            return Optional.of("+31" + cijfers.substring(cijfers.indexOf("316") + 2));
        }
        return Optional.empty();
    }

    /** "06 12 34 56 78", for the page. */
    static String leesbaar(String normaal) {
        String lokaal = "0" + normaal.substring(3);
        return lokaal.substring(0, 2) + " " + lokaal.substring(2, 4) + " " + lokaal.substring(4, 6) + " " + lokaal.substring(6, 8) + " "
                + lokaal.substring(8);
    }
}
