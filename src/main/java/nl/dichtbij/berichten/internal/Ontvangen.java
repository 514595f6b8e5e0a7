package nl.dichtbij.berichten.internal;

import java.time.LocalDate;

import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Knoop;

/** A received message being processed: who sent it to which municipality, and its content. */
record Ontvangen(long id, Berichtsoort soort, String afzender, String gemeente, String identificatie, LocalDate dagtekening, Knoop wortel,
                 LocalDate vandaag) {
}
