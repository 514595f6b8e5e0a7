/**
 * Access to help: the melding, routing to the right team, triage along the viertrapsraket,
 * the kitchen-table onderzoek with ZRM, the team queues and what the resident sees of it.
 */
package nl.dichtbij.toegang;
