/**
 * The programme "Begeleiding Dichtbij" as the board and the council follow it: the progress
 * dashboard (projects with goals, planned and achieved results, bottlenecks and measures, and
 * four traffic lights per month with their history) and the yearly client experience survey
 * through Mijn Dichtbij, answered anonymously, with the results against the programme goals.
 */
package nl.dichtbij.programma;
