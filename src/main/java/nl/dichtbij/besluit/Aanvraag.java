package nl.dichtbij.besluit;

import java.time.LocalDate;

import nl.dichtbij.platform.Wet;
import nl.dichtbij.termijnen.WettelijkeTermijn;

/** A request for a decision under one law; its term runs from the day it was received. */
public record Aanvraag(long id, String gemeenteCode, long zaakId, long teamId, String persoonBsn, Wet wet, String omschrijving,
                       String ingediendDoor, LocalDate ontvangenDatum, LocalDate termijnEinde, LocalDate verdaagdTot,
                       String verdagingReden, boolean besloten) {

    public LocalDate uiterlijk() {
        return verdaagdTot != null ? verdaagdTot : termijnEinde;
    }

    public static WettelijkeTermijn termijn(Wet wet) {
        return switch (wet) {
            case WMO -> WettelijkeTermijn.WMO_BESCHIKKING;
            case JEUGDWET -> WettelijkeTermijn.JEUGD_BESCHIKKING;
            case PARTICIPATIEWET -> WettelijkeTermijn.PARTICIPATIEWET_BESCHIKKING;
            case SCHULDHULP -> WettelijkeTermijn.SCHULDHULP_BESCHIKKING;
        };
    }
}
