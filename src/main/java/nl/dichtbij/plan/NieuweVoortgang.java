package nl.dichtbij.plan;

/** A progress note as the provider typed it: the text (required), what went well and what needs attention (optional). */
public record NieuweVoortgang(String tekst, String goedGegaan, String aandacht) {
}
