package nl.dichtbij.sturing;

import java.util.List;

/**
 * What a partner file brought: rows read, saved, already known, and each rejected row with its line
 * number and the reason in plain Dutch. {@code bestandsfout} is set when the file as a whole was
 * refused (too large, no header, wrong columns) or could not be read past a line.
 */
public record Importverslag(String bestandsnaam, int gelezen, int opgeslagen, int alBekend, List<Afwijzing> afwijzingen, String bestandsfout) {

    public record Afwijzing(long regel, String reden) {
    }

    public static Importverslag geweigerd(String bestandsnaam, String reden) {
        return new Importverslag(bestandsnaam, 0, 0, 0, List.of(), reden);
    }
}
