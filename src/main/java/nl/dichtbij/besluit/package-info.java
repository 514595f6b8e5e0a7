/**
 * Decisions and their legal clock: the aanvraag from the plan, the beschikking under one law
 * with product, omvang or budget, period and form (ZIN or PGB), the decision letter as PDF,
 * mandates and the four-eyes rule, verdaging, herindicatie, changes, and the bezwaar.
 */
package nl.dichtbij.besluit;
