/**
 * The Zelfredzaamheid-Matrix: dated scorings of the 13 domains by the professional and by the
 * resident, at intake, during (evaluations) and at closure. Both sides are always kept.
 */
package nl.dichtbij.zrm;
