/**
 * Message traffic with care providers in iJw 3.2 and iWmo 3.2: toewijzingen (301) from ZIN
 * decisions and honoured verzoeken, start and stop of delivery (305/307), verzoeken om
 * (wijziging van) toewijzing (315/317) answered by the regisseur (319 or a new 301), and
 * declarations (323) checked and booked. Every message in or out is validated against the
 * official XSDs; incoming messages are stored before they are processed and handled once.
 */
package nl.dichtbij.berichten;
