package nl.dichtbij.plan;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.dichtbij.platform.ClockConfig;

/** Every change is a new version: what changed, by whom, when, and about which member ({@code betreftBsn}; null: the household). */
public record Planversie(int versienummer, String doorNaam, Instant op, String wijziging, String betreftBsn) {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"));

    public String moment() {
        return MOMENT.format(op.atZone(ClockConfig.AMSTERDAM));
    }
}
