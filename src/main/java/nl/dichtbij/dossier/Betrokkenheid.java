package nl.dichtbij.dossier;

import nl.dichtbij.platform.Gebruiker;

/**
 * Implemented by the modules that know who works on a household: the team that holds its
 * meldingen or case, the regisseur, the professional handling a melding.
 */
public interface Betrokkenheid {

    boolean werktAan(Gebruiker medewerker, String gemeenteCode, long huishoudenId);
}
