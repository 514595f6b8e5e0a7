package nl.dichtbij.programma;

import java.time.LocalDate;
import java.time.LocalDateTime;

import nl.dichtbij.platform.Wet;

/**
 * The statutory client experience survey of one law in one year (issue 21) and its yearly cycle: invite the residents with
 * a provision under the law in that year, remind them, close, report to the minister (before 1 July of the next year).
 * Each step once, in that order, with its time and who took it; reminding is optional. The record guards the order
 * ({@link #fout(Stap)}); the service saves a step only when it says null.
 */
public record Clientervaring(long id, String gemeenteCode, int jaar, Wet wet, int uitgenodigd,
                             LocalDateTime uitgenodigdOp, String uitgenodigdDoor, LocalDateTime herinnerdOp, String herinnerdDoor,
                             LocalDateTime geslotenOp, String geslotenDoor, LocalDateTime gerapporteerdOp, String gerapporteerdDoor, int version) {

    /** The steps of the cycle, in order. */
    public enum Stap {
        UITNODIGEN("Uitnodigen", "Uitgenodigd"),
        HERINNEREN("Herinneren", "Herinnerd"),
        SLUITEN("Sluiten", "Gesloten"),
        RAPPORTEREN("Rapporteren aan de minister", "Gerapporteerd aan de minister");

        private final String knop;
        private final String gedaan;

        Stap(String knop, String gedaan) {
            this.knop = knop;
            this.gedaan = gedaan;
        }

        public String knop() {
            return knop;
        }

        public String gedaan() {
            return gedaan;
        }

        public static Stap lees(String tekst) {
            for (Stap s : values()) {
                if (s.name().equalsIgnoreCase(tekst == null ? "" : tekst.strip())) {
                    return s;
                }
            }
            return null;
        }
    }

    /** One step as it was taken, or not yet (op and door null). */
    public record Gedaan(Stap stap, LocalDateTime op, String door) {
    }

    /** Why this step cannot be taken now, in plain Dutch; null when it can. Inviting is {@link #eersteStap}. */
    public String fout(Stap stap) {
        return switch (stap) {
            case UITNODIGEN -> "De inwoners zijn al uitgenodigd.";
            case HERINNEREN -> geslotenOp != null ? "Het onderzoek is gesloten. Herinneren kan niet meer."
                    : herinnerdOp != null ? "De herinnering is al verstuurd." : null;
            case SLUITEN -> geslotenOp != null ? "Het onderzoek is al gesloten." : null;
            case RAPPORTEREN -> geslotenOp == null ? "Sluit het onderzoek eerst. Pas daarna kunt u rapporteren."
                    : gerapporteerdOp != null ? "Er is al gerapporteerd." : null;
        };
    }

    /** The first step when there is no survey of the law and year yet: only inviting; the rest waits for it. */
    public static String eersteStap(Stap stap) {
        return switch (stap) {
            case UITNODIGEN -> null;
            case HERINNEREN -> "Nodig de inwoners eerst uit. Pas daarna kunt u herinneren.";
            case SLUITEN -> "Nodig de inwoners eerst uit. Pas daarna kunt u sluiten.";
            case RAPPORTEREN -> "Nodig de inwoners eerst uit en sluit het onderzoek. Pas daarna kunt u rapporteren.";
        };
    }

    /** Residents can answer: invited and not closed. */
    public boolean open() {
        return geslotenOp == null;
    }

    public boolean gesloten() {
        return geslotenOp != null;
    }

    /** The results go to the minister before 1 July of the year after the survey year. */
    public LocalDate rapporterenVoor() {
        return termijn(jaar);
    }

    public static LocalDate termijn(int jaar) {
        return LocalDate.of(jaar + 1, 7, 1);
    }

    /** Not reported while the day of the deadline has come. */
    public boolean telaat(LocalDate vandaag) {
        return gerapporteerdOp == null && !vandaag.isBefore(rapporterenVoor());
    }

    public java.util.List<Gedaan> cyclus() {
        return java.util.List.of(new Gedaan(Stap.UITNODIGEN, uitgenodigdOp, uitgenodigdDoor), new Gedaan(Stap.HERINNEREN, herinnerdOp, herinnerdDoor),
                new Gedaan(Stap.SLUITEN, geslotenOp, geslotenDoor), new Gedaan(Stap.RAPPORTEREN, gerapporteerdOp, gerapporteerdDoor));
    }

    /** The steps beleid can take now. */
    public java.util.List<Stap> volgende() {
        return java.util.Arrays.stream(Stap.values()).filter(s -> fout(s) == null).toList();
    }
}
