package nl.dichtbij.sturing;

import java.util.List;

/** Leaving a figure out for the board: the value becomes null and its field is named, so a reader sees what was left out. */
final class Onderdrukking {

    private Onderdrukking() {
    }

    static <T> T weg(boolean onderdrukken, T waarde, String veld, List<String> weg) {
        if (onderdrukken && waarde != null) {
            weg.add(veld);
            return null;
        }
        return waarde;
    }
}
