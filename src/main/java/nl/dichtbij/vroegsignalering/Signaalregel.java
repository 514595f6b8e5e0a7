package nl.dichtbij.vroegsignalering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.dichtbij.personen.Bsn;

/**
 * The checks on one signal before anyone is looked up: what the sender wrote, read into a {@link Gelezen} or refused with
 * every Dutch reason. The same rules for a row of a file and for a signal by API.
 */
public final class Signaalregel {

    static final int MAX_KENMERK = 60;
    private static final List<DateTimeFormatter> DATUMS = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private Signaalregel() {
    }

    /** A signal that passed the checks: {@code bsn} or else {@code postcode} (no space, capitals) and {@code huisnummer}. */
    public record Gelezen(String bsn, String postcode, String huisnummer, String kenmerk, LocalDate datum, Achterstand achterstand,
                          boolean dreiging) {

        public boolean opAdres() {
            return bsn == null;
        }

        /** The address as a letter shows it: "3441 BW 12a". */
        public String adresTekst() {
            return postcode.substring(0, 4) + " " + postcode.substring(4) + " " + huisnummer;
        }
    }

    /** Either what was read, or every reason why not (a sender fixes a row once, not once per mistake). */
    public record Uitslag(Gelezen gelezen, List<String> redenen) {
        public boolean goed() {
            return gelezen != null;
        }

        public String reden() {
            return String.join(" ", redenen);
        }
    }

    public static Uitslag lees(Signaalinvoer invoer, LocalDate vandaag) {
        List<String> fouten = new ArrayList<>();
        String bsn = schoon(invoer.bsn()).replaceAll("[\\s.]", "");
        String postcode = schoon(invoer.postcode()).replace(" ", "").toUpperCase(Locale.ROOT);
        String huisnummer = schoon(invoer.huisnummer());
        String toevoeging = schoon(invoer.toevoeging());
        if (!bsn.isEmpty()) {
            if (!Bsn.isGeldig(bsn)) {
                fouten.add("Het BSN '" + kort(bsn, 12) + "' klopt niet. Een BSN heeft 9 cijfers en voldoet aan de elfproef.");
            }
        } else if (postcode.isEmpty() && huisnummer.isEmpty()) {
            fouten.add("Vul een BSN in, of een postcode met huisnummer.");
        } else {
            if (!postcode.matches("[1-9][0-9]{3}[A-Z]{2}")) {
                fouten.add("De postcode '" + kort(postcode, 10) + "' klopt niet. Schrijf bijvoorbeeld 3441 BW.");
            }
            if (!huisnummer.matches("[1-9][0-9]{0,4}")) {
                fouten.add("Het huisnummer '" + kort(huisnummer, 10) + "' klopt niet. Schrijf alleen het nummer, bijvoorbeeld 12; een letter gaat in de kolom toevoeging.");
            }
            if (!toevoeging.matches("[A-Za-z0-9]{0,6}")) {
                fouten.add("De toevoeging '" + kort(toevoeging, 10) + "' klopt niet. Gebruik hoogstens 6 letters of cijfers, bijvoorbeeld a.");
            }
        }
        String kenmerk = schoon(invoer.kenmerk());
        if (kenmerk.isEmpty()) {
            fouten.add("Vul het kenmerk in: uw eigen nummer van deze achterstand. Daarmee komt een signaal niet dubbel binnen.");
        } else if (kenmerk.length() > MAX_KENMERK) {
            fouten.add("Het kenmerk is langer dan " + MAX_KENMERK + " tekens.");
        }
        String datumTekst = schoon(invoer.datum());
        LocalDate datum = datum(datumTekst);
        if (datum == null) {
            fouten.add(datumTekst.isEmpty() ? "Vul de datum van de achterstand in, bijvoorbeeld " + vandaag + "."
                    : "De datum '" + kort(datumTekst, 20) + "' is geen datum. Schrijf bijvoorbeeld " + vandaag + ".");
        } else if (datum.isAfter(vandaag)) {
            fouten.add("De datum " + datum + " ligt in de toekomst.");
        } else if (!datum.isAfter(Bewaartermijn.laatsteOntvangstdag(vandaag))) {
            fouten.add("De datum " + datum + " ligt meer dan een jaar terug. Stuur alleen achterstanden van het afgelopen jaar.");
        }
        String achterstandTekst = schoon(invoer.achterstand());
        Achterstand achterstand = Achterstand.lees(achterstandTekst).orElse(null);
        if (achterstand == null) {
            fouten.add(achterstandTekst.isEmpty() ? "Vul de achterstand in: 1-maand, 2-maanden of 3-maanden-of-meer."
                    : "De achterstand '" + kort(achterstandTekst, 30) + "' kennen we niet. Gebruik 1-maand, 2-maanden of 3-maanden-of-meer.");
        }
        Boolean dreiging = janee(schoon(invoer.dreiging()));
        if (dreiging == null) {
            fouten.add("Vul bij dreiging ja of nee in (of laat het leeg voor nee), niet '" + kort(schoon(invoer.dreiging()), 10) + "'.");
        }
        if (!fouten.isEmpty()) {
            return new Uitslag(null, List.copyOf(fouten));
        }
        return new Uitslag(bsn.isEmpty() ? new Gelezen(null, postcode, huisnummer + toevoeging.toLowerCase(Locale.ROOT), kenmerk, datum, achterstand, dreiging)
                : new Gelezen(bsn, null, null, kenmerk, datum, achterstand, dreiging), List.of());
    }

    private static LocalDate datum(String tekst) {
        for (DateTimeFormatter formaat : DATUMS) {
            try {
                return LocalDate.parse(tekst, formaat);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    private static Boolean janee(String tekst) {
        return switch (tekst.toLowerCase(Locale.ROOT)) {
            case "", "nee", "n", "false", "0", "no" -> Boolean.FALSE;
            case "ja", "j", "true", "1", "yes" -> Boolean.TRUE;
            default -> null;
        };
    }

    private static String schoon(String tekst) {
        return tekst == null ? "" : tekst.strip();
    }

    /** Untrusted text shown back: shortened, without control characters. */
    static String kort(String tekst, int max) {
        String zonder = tekst.replaceAll("\\p{Cntrl}", "");
        return zonder.length() <= max ? zonder : zonder.substring(0, max) + "…";
    }
}
