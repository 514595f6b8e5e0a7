/**
 * The legal clock: legal terms, Dutch public holidays and the Algemene termijnenwet.
 * Pure calculation; callers pass the start date they took from their injected Clock.
 */
package nl.dichtbij.termijnen;
