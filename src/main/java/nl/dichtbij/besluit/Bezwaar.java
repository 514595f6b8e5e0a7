package nl.dichtbij.besluit;

import java.time.Instant;
import java.time.LocalDate;

/** An objection to a decision, with its own legal term. */
public record Bezwaar(long id, String gemeenteCode, long beschikkingId, long zaakId, String ingediendDoor, Instant ingediendOp,
                      LocalDate ontvangenDatum, String gronden, boolean tijdig, boolean adviescommissie, boolean verdaagd,
                      LocalDate beslissenUiterlijk, String status, String beslissing) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** The state in words, as staff and residents read it. */
    public String statusTekst() {
        return switch (status) {
            case "OPEN" -> "nog niet beslist";
            case "GEGROND" -> "gegrond";
            case "ONGEGROND" -> "ongegrond";
            case "NIET_ONTVANKELIJK" -> "niet-ontvankelijk";
            case "INGETROKKEN" -> "ingetrokken";
            default -> status.toLowerCase();
        };
    }
}
