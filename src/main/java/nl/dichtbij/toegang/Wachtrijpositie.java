package nl.dichtbij.toegang;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import nl.dichtbij.platform.OngeldigeInvoerException;

/**
 * Where a page of a team queue ended: the key of its last melding in the queue's order (end of term, received, id),
 * the team it belongs to, and how many meldingen came before the next page (only for "26 tot en met 50"). The client
 * gets it as an opaque text and hands it back for the next page, which starts right after this key (seek paging,
 * docs/decisions/0015): as fast deep in the queue as at its start, and no melding twice or skipped when others leave
 * the queue in between. It holds no personal data; the next page is read within the reader's own team and
 * municipality whatever the text says.
 */
public record Wachtrijpositie(long teamId, long vanaf, LocalDate termijnEinde, Instant ontvangenOp, long meldingId) {

    private static final String VERSIE = "w1";

    public String tekst() {
        String waarde = String.join("|", VERSIE, Long.toString(teamId), Long.toString(vanaf), termijnEinde.toString(),
                ontvangenOp.toString(), Long.toString(meldingId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(waarde.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a client handed back, for the given team; anything else is refused as invalid input. */
    public static Wachtrijpositie van(String tekst, long teamId) {
        Wachtrijpositie positie;
        try {
            String[] delen = new String(Base64.getUrlDecoder().decode(tekst), StandardCharsets.UTF_8).split("\\|", -1);
            if (delen.length != 6 || !VERSIE.equals(delen[0])) {
                throw ongeldig();
            }
            positie = new Wachtrijpositie(Long.parseLong(delen[1]), Long.parseLong(delen[2]), LocalDate.parse(delen[3]),
                    Instant.parse(delen[4]), Long.parseLong(delen[5]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ongeldig();
        }
        if (positie.teamId() != teamId || positie.vanaf() < 0) {
            throw ongeldig();
        }
        return positie;
    }

    private static OngeldigeInvoerException ongeldig() {
        return new OngeldigeInvoerException("na", "Deze verwijzing naar de volgende pagina klopt niet. Begin opnieuw bij de eerste pagina.");
    }
}
