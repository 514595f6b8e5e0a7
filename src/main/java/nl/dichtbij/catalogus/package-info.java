/**
 * The resident chooses (issue 19): the catalogue of contracted providers per product — what they offer, where, the waiting
 * time against the contract's norm, quality marks, interventions with their effect level, the experience rating — public
 * for the sociale-kaart part and fuller when signed in; and the experience stories residents write about a provider after
 * care, checked by functioneel beheer before publication, answered once by the provider, counted per quarter for beleid.
 * It reads the other modules through their public API (aanbod, interventies, berichten); no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogus")
package nl.dichtbij.catalogus;
