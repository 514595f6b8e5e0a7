/**
 * The resident's own file: who may see what (team and assignment, consent, emergency access),
 * consent per party and part, authorisations and guardians, the access log (Logboek
 * dataverwerkingen) with its hash chain, and the rights of the AVG: export, correction,
 * retention. Business modules tell this module who works on a household ({@link
 * nl.dichtbij.dossier.Betrokkenheid}) and what they hold ({@link nl.dichtbij.dossier.Dossieronderdeel});
 * this module never reads their tables.
 */
package nl.dichtbij.dossier;
