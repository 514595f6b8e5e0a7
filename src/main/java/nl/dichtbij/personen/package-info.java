/**
 * The register of persons: a stand-in for the BRP behind the {@link nl.dichtbij.personen.PersonenRegister}
 * interface, so a Haal Centraal BRP adapter can replace it; filled by deliveries through
 * {@link nl.dichtbij.personen.Inschrijvingen} (the demo population comes from the demo module that way).
 */
package nl.dichtbij.personen;
