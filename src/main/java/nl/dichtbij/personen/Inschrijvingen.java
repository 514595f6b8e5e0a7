package nl.dichtbij.personen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Residents and households as the BRP delivers them: a municipality's first full delivery (the initial load when it starts
 * with Dichtbij) and later batches. Usable as soon as the database is migrated, before the rest of the application has
 * started, so a large delivery can be written beside the start. Each call is one transaction; a delivery of hundreds of
 * thousands of persons comes in batches of a few thousand.
 */
public interface Inschrijvingen {

    /** A household at an address; {@code id} is the key the delivery gives it (unique over all municipalities). */
    record NieuwHuishouden(long id, String gemeenteCode, String straat, String huisnummer, String postcode, String woonplaats, String wijk) {
    }

    /** A person registered in a household of the same municipality. */
    record Inschrijving(String bsn, String gemeenteCode, long huishoudenId, String voornaam, String tussenvoegsel, String achternaam,
                        LocalDate geboortedatum) {
    }

    /** A parent and a child, both by BSN. */
    record Ouderschap(String ouderBsn, String kindBsn) {
    }

    /**
     * Registers one batch of a delivery in one transaction: the households, the persons living in them and the parent–child
     * relations. Refuses the whole batch, before writing, when a BSN fails the eleven-test, a person lacks a name or birth
     * date, or a person lives in a household of this batch that belongs to another municipality.
     */
    void inschrijven(List<NieuwHuishouden> huishoudens, List<Inschrijving> personen, List<Ouderschap> ouderschappen);

    /** Which of these BSNs are registered, in any municipality. */
    Set<String> ingeschreven(Collection<String> bsns);

    /**
     * Runs a municipality's first full delivery (all its batches) as a bulk load: on H2 the register's search indexes
     * (not its keys and constraints) are set aside and built once afterwards instead of kept up row by row, which more
     * than halves the time of a large delivery. Only while nothing else reads the register, as at a first start. What
     * was set aside is noted first, so an interrupted load is completed by {@link #onderbrokenLeveringAfmaken()}. On
     * PostgreSQL the delivery simply runs.
     */
    void alsEersteLevering(Runnable levering);

    /** Builds the search indexes an interrupted {@link #alsEersteLevering} left aside; nothing when there are none. */
    void onderbrokenLeveringAfmaken();

    /**
     * Empties the register (persons, households, relations) before a new full delivery, for instance after an interrupted
     * one. Other modules keep what they hold about persons; they find them again by BSN once the delivery is in.
     */
    void allesUitschrijven();
}
