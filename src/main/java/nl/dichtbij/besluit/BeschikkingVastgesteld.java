package nl.dichtbij.besluit;

/** A decision was signed and sent to the resident; a ZIN decision now goes to its provider as a toewijzing. */
public record BeschikkingVastgesteld(Beschikking beschikking) {
}
