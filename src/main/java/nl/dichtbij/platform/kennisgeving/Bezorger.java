package nl.dichtbij.platform.kennisgeving;

/** Delivers one message over one channel; exists only when that channel is configured. Throws when it could not. */
interface Bezorger {

    Kanaal kanaal();

    void stuur(String adres, Bericht bericht);
}
