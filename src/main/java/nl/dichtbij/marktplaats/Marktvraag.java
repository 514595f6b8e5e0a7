package nl.dichtbij.marktplaats;

import java.time.Instant;

/** A question of a provider with the municipality's answer, as every bidder sees it: without who asked. */
public record Marktvraag(long id, long verzoekId, String vraag, Instant gesteldOp, String antwoord, Instant beantwoordOp) {
}
