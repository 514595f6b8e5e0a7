package nl.dichtbij.plan;

import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.platform.Formaat;

/**
 * A provider's progress note on a goal of the plan, written under its toewijzing ({@code beschikkingId}: the decision the
 * toewijzing rests on) for one evaluation period. Read by the regisseur when he records the goal's evaluation: then it
 * belongs to that evaluation ({@code evaluatieId}, {@code gelezenDoorNaam}, {@code gelezenOp}).
 */
public record Voortgangsnotitie(long id, String gemeenteCode, long doelId, long beschikkingId, String aanbiederAgb, String aanbiederNaam,
                                int periodeNummer, LocalDate periodeVan, LocalDate periodeTot, String tekst, String goedGegaan,
                                String aandacht, String doorNaam, Instant geschrevenOp, Long evaluatieId, String gelezenDoorNaam,
                                Instant gelezenOp) {

    public static final int MAX_TEKST = 2000;
    public static final int MAX_TOELICHTING = 1000;

    public boolean gelezen() {
        return evaluatieId != null;
    }

    /** "23 november 2026 tot 23 februari 2027". */
    public String periode() {
        return new Evaluatieperiode(periodeNummer, periodeVan, periodeTot).omschrijving();
    }

    public String geschreven() {
        return Formaat.tijdstip(geschrevenOp);
    }

    public String gelezenTijdstip() {
        return gelezenOp == null ? null : Formaat.tijdstip(gelezenOp);
    }
}
