/**
 * Municipalities, regions, social teams and staff accounts (functioneel beheer).
 * A municipality owns its residents, teams and cases.
 */
package nl.dichtbij.gemeente;
