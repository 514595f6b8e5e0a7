package nl.dichtbij.platform.kennisgeving;

/** One notification: a subject and text for e-mail, a short text for a text message. Never the news itself. */
public record Bericht(String onderwerp, String tekst, String kort) {
}
