package nl.dichtbij.besluit;

import java.util.List;

/**
 * How a decision is being carried out: toegewezen, started, stopped. Implemented by the module
 * that talks to the providers; the decision pages show it to the regisseur and the resident.
 */
public interface Uitvoering {

    /**
     * Sentences in plain Dutch, oldest first; empty when there is nothing to tell. For the resident without the numbers of
     * the message traffic, which the professional needs to talk with the provider.
     */
    List<String> voortgang(String gemeenteCode, long beschikkingId, boolean voorInwoner);
}
