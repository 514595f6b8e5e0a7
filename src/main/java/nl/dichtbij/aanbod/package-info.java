/**
 * What the municipality buys: products per law with their iStandaarden product category, the
 * code lists (product categories, units, frequencies) and the providers contracted per category.
 */
package nl.dichtbij.aanbod;
