/**
 * The register of persons: a stand-in for the BRP behind the {@link nl.dichtbij.personen.PersonenRegister}
 * interface, so a Haal Centraal BRP adapter can replace it. Also generates the demo population.
 */
package nl.dichtbij.personen;
