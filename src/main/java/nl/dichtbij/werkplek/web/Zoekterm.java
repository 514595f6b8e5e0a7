package nl.dichtbij.werkplek.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a professional typed in the one search field: a BSN (nine digits), an address (postcode and house number,
 * "3441 AB 12"), or a name ("Jansen", "Anna Jansen", "de Vries"). Pure, so every reading has a unit test.
 */
sealed interface Zoekterm {

    record Bsn(String bsn) implements Zoekterm {
    }

    record Adres(String postcode, String huisnummer) implements Zoekterm {
    }

    /** A surname prefix and, when two or more words were typed, a first-name prefix. */
    record Naam(String voornaam, String achternaam) implements Zoekterm {
    }

    /** Nothing to search with, and why, in words the professional reads. */
    record Onbruikbaar(String uitleg) implements Zoekterm {
    }

    Pattern BSN = Pattern.compile("\\d{9}");
    Pattern ADRES = Pattern.compile("(\\d{4})\\s*([A-Za-z]{2})\\s*(\\d{1,5})\\s*([A-Za-z0-9-]{0,4})");
    Set<String> TUSSENVOEGSELS = Set.of("de", "den", "der", "van", "het", "ter", "ten", "te", "in", "op", "'t", "la", "le", "du", "d'");

    static Zoekterm lees(String invoer) {
        String tekst = invoer == null ? "" : invoer.strip().replaceAll("\\s+", " ");
        if (tekst.isEmpty()) {
            return new Onbruikbaar("Vul een naam, BSN of adres in.");
        }
        String cijfers = tekst.replace(" ", "").replace(".", "");
        if (BSN.matcher(cijfers).matches()) {
            return nl.dichtbij.personen.Bsn.isGeldig(cijfers) ? new Bsn(cijfers)
                    : new Onbruikbaar("Dit is geen geldig BSN. Controleer de negen cijfers.");
        }
        Matcher adres = ADRES.matcher(tekst);
        if (adres.matches()) {
            return new Adres(adres.group(1) + adres.group(2).toUpperCase(Locale.ROOT), adres.group(3) + adres.group(4).toUpperCase(Locale.ROOT));
        }
        if (tekst.matches("\\d{4}\\s*[A-Za-z]{2}")) {
            return new Onbruikbaar("Vul ook het huisnummer in, bijvoorbeeld 3441 AB 12.");
        }
        if (tekst.chars().anyMatch(Character::isDigit)) {
            return new Onbruikbaar("Zoek op naam, op BSN (9 cijfers) of op postcode met huisnummer.");
        }
        // "Kroon, Levi": surname first, as lists write it
        int komma = tekst.indexOf(',');
        if (komma > 0 && komma == tekst.lastIndexOf(',')) {
            Zoekterm omgedraaid = lees(tekst.substring(komma + 1).strip() + " " + tekst.substring(0, komma).strip());
            if (omgedraaid instanceof Naam) {
                return omgedraaid;
            }
        }
        if (!tekst.matches("[\\p{L}' -]+")) {
            return new Onbruikbaar("Een naam bestaat uit letters, eventueel met een streepje of apostrof.");
        }
        // a tussenvoegsel is left out, but never the last word: "Anna Le" searches for the surname Le
        String[] delen = tekst.split(" ");
        List<String> woorden = new ArrayList<>();
        for (int i = 0; i < delen.length; i++) {
            if (i == delen.length - 1 || !TUSSENVOEGSELS.contains(delen[i].toLowerCase(Locale.ROOT))) {
                woorden.add(delen[i]);
            }
        }
        if (woorden.getLast().replace("'", "").replace("-", "").length() < 2) {
            return new Onbruikbaar("Typ minstens de eerste twee letters van de achternaam.");
        }
        return new Naam(woorden.size() > 1 ? woorden.getFirst() : null, woorden.getLast());
    }
}
