package nl.dichtbij.toegang;

import java.time.LocalDate;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;

/**
 * What is asked when a melding comes in, from the resident online or from a professional who
 * takes it by phone, at a location or as a signal. {@code geboortedatum} is the check a
 * professional types beside the BSN.
 */
public record NieuweMelding(
        String persoonBsn,
        LocalDate geboortedatum,
        String ingediendDoor,
        String vertegenwoordiger,
        String omschrijving,
        Set<Levensgebied> levensgebieden,
        Urgentie urgentie,
        boolean schulden,
        boolean dreiging,
        Contactvoorkeur contactvoorkeur,
        String telefoon,
        String email,
        Kanaal kanaal,
        Vindplaats vindplaats) {
}
