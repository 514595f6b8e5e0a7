package nl.dichtbij.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The year a steering page shows: the one in the address when it is a year between 2000 and 2100, else this year with a
 * Dutch message, never an error page; and the years to choose from, newest first, this year and the chosen one included.
 */
public record Jaarkeuze(int jaar, String fout, List<Integer> jaren) {

    public static Jaarkeuze van(String gevraagd, int ditJaar, Collection<Integer> metGegevens) {
        int gekozen = ditJaar;
        String fout = null;
        if (gevraagd != null && !gevraagd.isBlank()) {
            try {
                gekozen = Integer.parseInt(gevraagd.strip());
            } catch (NumberFormatException e) {
                gekozen = -1;
            }
            if (gekozen < 2000 || gekozen > 2100) {
                fout = "Kies een jaar tussen 2000 en 2100. U ziet nu " + ditJaar + ".";
                gekozen = ditJaar;
            }
        }
        List<Integer> jaren = new ArrayList<>(metGegevens);
        if (!jaren.contains(ditJaar)) {
            jaren.add(ditJaar);
        }
        if (!jaren.contains(gekozen)) {
            jaren.add(gekozen);
        }
        jaren.sort(Comparator.reverseOrder());
        return new Jaarkeuze(gekozen, fout, List.copyOf(jaren));
    }
}
