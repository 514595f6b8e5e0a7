package nl.dichtbij.dossier;

import java.util.Set;

import nl.dichtbij.platform.Gebruiker;

/**
 * Implemented by the modules that know who works on a household, and on which parts of its file:
 * the case team and the regisseur need the whole file; the team a professional's registered melding
 * is routed to needs less (the melding itself is checked one by one, {@link Dossiertoegang#melding}).
 */
public interface Betrokkenheid {

    /** The parts of the household's file this professional's work on it needs, on the legal task; empty when he has no work there. */
    Set<Dossierdeel> delen(Gebruiker medewerker, String gemeenteCode, long huishoudenId);
}
