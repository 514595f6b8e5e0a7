/**
 * The digital marketplace for complex cases (issue 19, the "Stipter model" of seed 003): from the onderzoek the regisseur
 * composes an anonymised request, the resident consents, providers with a contract for the product ask questions and bid
 * sealed before a deadline, and the municipality awards with the resident: an ordinary decision and toewijzing follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marktplaats")
package nl.dichtbij.marktplaats;
