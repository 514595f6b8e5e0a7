package nl.dichtbij.berichten;

import nl.dichtbij.berichten.xml.Berichtsoort;

/** The answer to a received message: its retour, whether everything was accepted, and whether it was a repeat. */
public record Verwerking(long berichtId, Berichtsoort soort, Berichtsoort retoursoort, String retourXml, boolean goedgekeurd, boolean herhaald) {
}
