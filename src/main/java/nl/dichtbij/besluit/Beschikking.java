package nl.dichtbij.besluit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.termijnen.Bezwaartermijnen;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision: law, outcome, result to reach, product, omvang or budget, period and form. An aggregate that guards
 * its own life: taken, signed a second time above the four-eyes amount, sent with its objection term, then changed,
 * ended or withdrawn, never overwritten. It carries a version, so of two professionals acting at once one succeeds
 * and the other gets a clear refusal (docs/decisions/0019). The letters are documents beside it, not part of it.
 */
@Table("beschikking")
public record Beschikking(@Id long id, String gemeenteCode, long aanvraagId, long zaakId, String persoonBsn, Wet wet, Uitkomst uitkomst,
                          String resultaat, String motivering, String productcode, String productOmschrijving, String productcategorie,
                          Integer volume, String eenheid, String frequentie, BigDecimal budget, LocalDate ingangsdatum,
                          LocalDate einddatum, Leveringsvorm vorm, Long aanbiederId, String aanbiederNaam, BigDecimal pgbBedrag,
                          BeschikkingStatus status, String genomenDoor, String genomenDoorNaam, Instant genomenOp, String tweedeDoor,
                          String tweedeDoorNaam, LocalDate verzondenDatum, LocalDate bezwaarTot, LocalDate eersteEinddatum,
                          @Version Long versie) {

    /** The decision on {@code aanvraag} as the checked request says; it waits for a second signature when {@code status} says so. */
    static Beschikking nemen(Aanvraag aanvraag, BeslisVerzoek v, Beslisregels.Controle controle, BeschikkingStatus status, String door,
                             String doorNaam, Instant nu) {
        if (v.uitkomst() == Uitkomst.AFWIJZING) {
            return new Beschikking(0, aanvraag.gemeenteCode(), aanvraag.id(), aanvraag.zaakId(), aanvraag.persoonBsn(), aanvraag.wet(),
                    v.uitkomst(), null, v.motivering().trim(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                    status, door, doorNaam, nu, null, null, null, null, null, null);
        }
        return new Beschikking(0, aanvraag.gemeenteCode(), aanvraag.id(), aanvraag.zaakId(), aanvraag.persoonBsn(), aanvraag.wet(),
                v.uitkomst(), v.resultaat().trim(), v.motivering().trim(), controle.product().code(), controle.product().omschrijving(),
                controle.product().categorie(), v.volume(), leeg(v.eenheid()), leeg(v.frequentie()), v.budget(), v.ingangsdatum(),
                v.einddatum(), v.vorm(), controle.aanbieder() == null ? null : controle.aanbieder().id(),
                controle.aanbieder() == null ? null : controle.aanbieder().naam(), v.pgbBedrag(), status, door, doorNaam, nu, null, null,
                null, null, v.einddatum(), null);
    }

    /**
     * Whether the toewijzing this decision gives its provider runs on {@code dag}: sent, not refused and not withdrawn,
     * started on or before that day and not ended before it (an end date in the future still runs until then).
     */
    public boolean looptOp(LocalDate dag) {
        return verzondenDatum != null && uitkomst != Uitkomst.AFWIJZING && aanbiederId != null
                && (status == BeschikkingStatus.VASTGESTELD || status == BeschikkingStatus.GEWIJZIGD || status == BeschikkingStatus.BEEINDIGD)
                && ingangsdatum != null && !dag.isBefore(ingangsdatum) && (einddatum == null || !dag.isAfter(einddatum));
    }

    /** The amount the four-eyes rule looks at: the PGB or the budget. */
    public BigDecimal bedrag() {
        if (pgbBedrag != null) {
            return pgbBedrag;
        }
        return budget == null ? BigDecimal.ZERO : budget;
    }

    /** The second signature, from another professional than who took the decision. */
    Beschikking tweedeHandtekening(String door, String doorNaam) {
        if (status != BeschikkingStatus.WACHT_OP_TWEEDE) {
            throw new OngeldigeInvoerException("status", "Dit besluit wacht niet op een tweede handtekening.");
        }
        if (genomenDoor.equals(door)) {
            throw new OngeldigeInvoerException("status", "Een tweede handtekening komt van een andere professional dan wie het besluit nam.");
        }
        return met(BeschikkingStatus.VASTGESTELD, door, doorNaam, einddatum, verzondenDatum, bezwaarTot);
    }

    /** Sent on {@code vandaag}: the objection term starts (Awb 6:7). Only a decision that needs no more signatures is sent. */
    Beschikking verzenden(LocalDate vandaag) {
        if (status != BeschikkingStatus.VASTGESTELD || verzondenDatum != null) {
            throw new IllegalStateException("Besluit " + id + " is niet klaar om te verzenden (" + status + ")");
        }
        return verzondenOp(vandaag, Bezwaartermijnen.indienenUiterlijk(vandaag));
    }

    /** The same decision as if it were sent on {@code verzonden}, with its objection period: for the concept letter. */
    public Beschikking verzondenOp(LocalDate verzonden, LocalDate bezwaarUiterlijk) {
        return met(status, tweedeDoor, tweedeDoorNaam, einddatum, verzonden, bezwaarUiterlijk);
    }

    /** A new end date, an end, or a withdrawal of a valid decision, with the reason the resident reads; the date may not lie before the start. */
    Beschikking wijzigen(Besluiten.Wijziging wijziging, LocalDate datum, String reden) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!status.geldig()) {
            fouten.put("reden", "Dit besluit is niet (meer) geldig en kan niet worden gewijzigd.");
        }
        if (reden == null || reden.isBlank()) {
            fouten.put("reden", "Schrijf de reden van de wijziging op; de inwoner leest haar.");
        }
        if (wijziging != Besluiten.Wijziging.INTREKKEN && datum == null) {
            fouten.put("datum", "Vul de datum in.");
        } else if (datum != null && ingangsdatum != null && datum.isBefore(ingangsdatum)) {
            fouten.put("datum", "De datum ligt vóór de ingangsdatum van het besluit.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return switch (wijziging) {
            case EINDDATUM -> met(BeschikkingStatus.GEWIJZIGD, tweedeDoor, tweedeDoorNaam, datum, verzondenDatum, bezwaarTot);
            case BEEINDIGEN -> met(BeschikkingStatus.BEEINDIGD, tweedeDoor, tweedeDoorNaam, datum, verzondenDatum, bezwaarTot);
            case INTREKKEN -> met(BeschikkingStatus.INGETROKKEN, tweedeDoor, tweedeDoorNaam, einddatum, verzondenDatum, bezwaarTot);
        };
    }

    private Beschikking met(BeschikkingStatus status, String tweedeDoor, String tweedeDoorNaam, LocalDate einddatum, LocalDate verzondenDatum,
                            LocalDate bezwaarTot) {
        return new Beschikking(id, gemeenteCode, aanvraagId, zaakId, persoonBsn, wet, uitkomst, resultaat, motivering, productcode,
                productOmschrijving, productcategorie, volume, eenheid, frequentie, budget, ingangsdatum, einddatum, vorm, aanbiederId,
                aanbiederNaam, pgbBedrag, status, genomenDoor, genomenDoorNaam, genomenOp, tweedeDoor, tweedeDoorNaam, verzondenDatum,
                bezwaarTot, eersteEinddatum, versie);
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.trim();
    }
}
