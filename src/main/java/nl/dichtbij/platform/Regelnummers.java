package nl.dichtbij.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line a record of an uploaded file begins on, from the character position the CSV parser gives, so a report per row
 * names the line the user sees in his editor (a quoted field may span lines).
 */
public final class Regelnummers {

    private final int[] starts;

    private Regelnummers(int[] starts) {
        this.starts = starts;
    }

    /** The offsets where each line of the text starts. */
    public static Regelnummers van(String tekst) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < tekst.length(); i++) {
            if (tekst.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return new Regelnummers(starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The line number (from 1) of the character at this position. */
    public long regel(long positie) {
        int i = Arrays.binarySearch(starts, (int) positie);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
