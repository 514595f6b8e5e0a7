package nl.dichtbij.plan;

import nl.dichtbij.platform.OngeldigeInvoerException;

/** The provider already wrote its note on this goal for this period: a second one is refused (the API answers 409). */
public class VoortgangAlDoorgegevenException extends OngeldigeInvoerException {

    public VoortgangAlDoorgegevenException(String melding) {
        super("tekst", melding);
    }
}
