package nl.dichtbij.berichten.internal;

import nl.dichtbij.berichten.xml.Berichtsoort;

/** Checks one kind of message against the technical rules (TR) and business rules (OP), and carries out what is accepted. */
interface Verwerker {

    boolean verwerkt(Berichtsoort soort);

    void verwerk(Ontvangen bericht, Beoordeling beoordeling);
}
