package nl.dichtbij.vroegsignalering;

import java.time.LocalDate;

import nl.dichtbij.termijnen.WettelijkeTermijn;

/**
 * By when the Wmo-team offers the household a first contact after a signal: within 3 working days when eviction, a cut-off
 * of energy or water or the termination of the health insurance threatens, otherwise within 4 weeks (the terms of Wgs
 * art. 4a, which the municipality also holds itself to for a signal). A term that ends on a Saturday, Sunday or public
 * holiday moves to the next working day (Algemene termijnenwet).
 */
public final class Contacttermijn {

    private Contacttermijn() {
    }

    public static WettelijkeTermijn termijn(boolean dreiging) {
        return dreiging ? WettelijkeTermijn.SCHULDHULP_DREIGING : WettelijkeTermijn.SCHULDHULP_EERSTE_GESPREK;
    }

    /** The last day for the first contact with the household of a signal received on this day. */
    public static LocalDate uiterlijk(LocalDate ontvangen, boolean dreiging) {
        return termijn(dreiging).einde(ontvangen);
    }

    /** Whether the first contact is late today: the last day has passed and nobody reached the household yet. */
    public static boolean verstreken(LocalDate uiterlijk, LocalDate vandaag) {
        return vandaag.isAfter(uiterlijk);
    }
}
