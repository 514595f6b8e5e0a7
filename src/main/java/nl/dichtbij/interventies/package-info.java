/**
 * The municipality's intervention register (issue 18): its interventions with their target group, exclusion criteria, level on
 * the effect ladder (0 to 4) and its source, price, capacity, the providers that offer them and the products that deliver them;
 * and its pilots, registered as plan-do-check-act. Beleid keeps the register; the professionals, the providers, beheer and
 * bestuur of the municipality read it.
 */
package nl.dichtbij.interventies;
