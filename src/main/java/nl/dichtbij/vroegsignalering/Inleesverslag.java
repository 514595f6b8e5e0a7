package nl.dichtbij.vroegsignalering;

import java.util.List;

/**
 * What became of each signal of a file or an API call: taken (a new outreach task), already received (the same sender,
 * household, reference and date: nothing added) or refused with the Dutch reason. {@code bestandsfout}: the file as a whole
 * could not be read (past that point nothing was read).
 */
public record Inleesverslag(String bestandsnaam, String bron, int gelezen, List<Regel> regels, String bestandsfout) {

    public enum Soort {
        BEWAARD("Bewaard"), AL_ONTVANGEN("Al ontvangen"), GEWEIGERD("Niet bewaard");

        private final String label;

        Soort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** {@code regel}: the line of the file, or the position (1, 2, ...) in the API call's list. */
    public record Regel(long regel, Soort soort, String reden, Long signaalId) {
    }

    public static Inleesverslag geweigerd(String bestandsnaam, String bron, String reden) {
        return new Inleesverslag(bestandsnaam, bron, 0, List.of(), reden);
    }

    public long bewaard() {
        return regels.stream().filter(r -> r.soort() == Soort.BEWAARD).count();
    }

    public long alOntvangen() {
        return regels.stream().filter(r -> r.soort() == Soort.AL_ONTVANGEN).count();
    }

    public long geweigerd() {
        return regels.stream().filter(r -> r.soort() == Soort.GEWEIGERD).count();
    }
}
