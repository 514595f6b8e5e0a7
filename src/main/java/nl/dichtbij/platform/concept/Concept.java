package nl.dichtbij.platform.concept;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What someone had typed in one form, field by field as the browser sends it, and when it was saved. */
public record Concept(Map<String, List<String>> velden, Instant bewaardOp) {
}
