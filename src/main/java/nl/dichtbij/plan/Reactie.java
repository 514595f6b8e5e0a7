package nl.dichtbij.plan;

import java.time.Instant;

public record Reactie(long id, int versienummer, String doorNaam, boolean vanInwoner, String tekst, Instant op) {
}
