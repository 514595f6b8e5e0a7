package nl.dichtbij.marktplaats;

import java.math.BigDecimal;
import java.time.Instant;

/** A provider's sealed bid: its plan, the price for the year and the hours a week it plans. */
public record Bod(long id, long verzoekId, long aanbiederId, String aanbiederAgb, String aanbiederNaam, String plan, long prijsCenten, int urenPerWeek,
                  String ingediendDoor, Instant ingediendOp) {

    public String prijs() {
        return nl.dichtbij.platform.Bedrag.tekst(BigDecimal.valueOf(prijsCenten, 2));
    }
}
