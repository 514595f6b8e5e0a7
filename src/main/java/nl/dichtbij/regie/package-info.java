/**
 * Case direction: one case per household with exactly one regisseur, warm handovers,
 * procesregie with escalations (doorzettingsmacht), closing with a waakvlam, the 18-/18+
 * transition and the caseload of the professionals.
 */
package nl.dichtbij.regie;
