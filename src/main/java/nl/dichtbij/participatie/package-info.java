/**
 * Work and participation (issue 20): the participatieladder per adult, from isolated (1) to paid work (6), as dated steps
 * with who recorded them, and how residents moved on the ladder per year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participatie")
package nl.dichtbij.participatie;
