package nl.dichtbij.programma;

import java.time.LocalDateTime;

/** The survey of one year in one municipality. */
public record Enquete(long id, String gemeenteCode, int jaar, Status status, LocalDateTime geopendOp, LocalDateTime geslotenOp) {

    public enum Status {
        OPEN("Open"), GESLOTEN("Gesloten");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
