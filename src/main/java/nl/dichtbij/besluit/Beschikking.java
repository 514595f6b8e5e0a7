package nl.dichtbij.besluit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.platform.Wet;

/** A decision: law, outcome, result to reach, product, omvang or budget, period and form. */
public record Beschikking(long id, String gemeenteCode, long aanvraagId, long zaakId, String persoonBsn, Wet wet, Uitkomst uitkomst,
                          String resultaat, String motivering, String productcode, String productOmschrijving, String productcategorie,
                          Integer volume, String eenheid, String frequentie, BigDecimal budget, LocalDate ingangsdatum,
                          LocalDate einddatum, Leveringsvorm vorm, Long aanbiederId, String aanbiederNaam, BigDecimal pgbBedrag,
                          BeschikkingStatus status, String genomenDoor, String genomenDoorNaam, Instant genomenOp, String tweedeDoor,
                          String tweedeDoorNaam, LocalDate verzondenDatum, LocalDate bezwaarTot) {

    /** The amount the four-eyes rule looks at: the PGB or the budget. */
    public BigDecimal bedrag() {
        if (pgbBedrag != null) {
            return pgbBedrag;
        }
        return budget == null ? BigDecimal.ZERO : budget;
    }

    /** The same decision as if it were sent on {@code verzonden}, with its objection period: for the concept letter. */
    public Beschikking verzondenOp(LocalDate verzonden, LocalDate bezwaarUiterlijk) {
        return new Beschikking(id, gemeenteCode, aanvraagId, zaakId, persoonBsn, wet, uitkomst, resultaat, motivering, productcode,
                productOmschrijving, productcategorie, volume, eenheid, frequentie, budget, ingangsdatum, einddatum, vorm, aanbiederId,
                aanbiederNaam, pgbBedrag, status, genomenDoor, genomenDoorNaam, genomenOp, tweedeDoor, tweedeDoorNaam, verzonden, bezwaarUiterlijk);
    }
}
