package nl.dichtbij.aanbod;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.platform.Formaat;

/**
 * The rules on a progress talk and its follow-ups (issue 17, account management). Pure: what the installation knows comes in
 * as an {@link Omgeving}, so each rule has a fast unit test (GespreksregelsTest). Messages are Dutch (B1), per field; a
 * follow-up's fields are named {@code vervolg[i].veld}, as the form names them.
 */
public final class Gespreksregels {

    /** A talk with more providers than this is a meeting of the whole market; name the theme instead. */
    static final int MEESTE_AANBIEDERS = 20;
    /** The form offers this many follow-ups at once; more can be added on the talk's page. */
    static final int MEESTE_VERVOLGAFSPRAKEN = 10;

    private Gespreksregels() {
    }

    /** What the rules need to know about the installation. */
    interface Omgeving {
        boolean aanbiederBestaat(long aanbiederId);

        /** The name of a beleid user of the municipality, or empty when the user name is no such user. */
        Optional<String> beleidsmedewerker(String gemeenteCode, String gebruikersnaam);
    }

    /** What beleid types for a talk: one provider, several (a theme) or none. */
    public record Gegevens(LocalDate datum, String thema, List<Long> aanbiederIds, String deelnemers, String afspraken,
                           List<Vervolggegevens> vervolgafspraken) {

        /** Empty choices of the form are no provider; empty rows stay, so a message keeps the number of the form's row. */
        public Gegevens {
            aanbiederIds = aanbiederIds == null ? List.of() : aanbiederIds.stream().filter(java.util.Objects::nonNull).toList();
            vervolgafspraken = vervolgafspraken == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(vervolgafspraken));
        }

        /** The follow-ups that were filled in. */
        public List<Vervolggegevens> ingevuld() {
            return vervolgafspraken.stream().filter(v -> v != null && !v.leeg()).toList();
        }
    }

    /** A follow-up: what, who (a user name; empty: whoever records it) and by when. */
    public record Vervolggegevens(String omschrijving, String eigenaar, LocalDate uiterlijk) {

        /** A row of the form that was left empty: not a follow-up. The owner alone does not count, the form fills it in. */
        public boolean leeg() {
            return (omschrijving == null || omschrijving.isBlank()) && uiterlijk == null;
        }
    }

    /** A new talk or a change; {@code vandaag} bounds the date (a talk is recorded once it was held). */
    static Map<String, String> gesprek(Gegevens g, String gemeenteCode, LocalDate vandaag, Omgeving o) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (g.datum() == null) {
            fouten.put("datum", "Vul de datum van het gesprek in.");
        } else if (g.datum().isAfter(vandaag)) {
            fouten.put("datum", "De datum ligt in de toekomst. U legt een gesprek vast als het is gevoerd: kies vandaag of een eerdere dag.");
        } else if (g.datum().isBefore(LocalDate.of(2000, 1, 1))) {
            fouten.put("datum", "Controleer de datum van het gesprek.");
        }
        if (leeg(g.thema())) {
            fouten.put("thema", "Vul het thema van het gesprek in, bijvoorbeeld 'Wachttijden jeugd-GGZ' of 'Kwartaalgesprek'.");
        } else if (g.thema().strip().length() > 200) {
            fouten.put("thema", "Schrijf het thema in hoogstens 200 tekens.");
        }
        if (g.aanbiederIds().size() > MEESTE_AANBIEDERS) {
            fouten.put("aanbiederIds", "Kies hoogstens " + MEESTE_AANBIEDERS + " aanbieders. Was het een bijeenkomst voor alle aanbieders? Kies dan geen aanbieder en noem het thema.");
        } else if (new HashSet<>(g.aanbiederIds()).size() < g.aanbiederIds().size()) {
            fouten.put("aanbiederIds", "U hebt een aanbieder twee keer gekozen. Kies elke aanbieder één keer.");
        } else if (g.aanbiederIds().stream().anyMatch(id -> !o.aanbiederBestaat(id))) {
            fouten.put("aanbiederIds", "Deze aanbieder staat niet in het aanbiedersregister. Kies een aanbieder uit de lijst.");
        }
        if (g.deelnemers() != null && g.deelnemers().strip().length() > 1000) {
            fouten.put("deelnemers", "Schrijf de deelnemers in hoogstens 1000 tekens.");
        }
        if (leeg(g.afspraken())) {
            fouten.put("afspraken", "Schrijf op wat u in het gesprek hebt afgesproken.");
        } else if (g.afspraken().strip().length() > 4000) {
            fouten.put("afspraken", "Schrijf de afspraken in hoogstens 4000 tekens. Zet wat iemand moet doen bij de vervolgafspraken.");
        }
        if (g.ingevuld().size() > MEESTE_VERVOLGAFSPRAKEN) {
            fouten.put("vervolgafspraken", "Leg hoogstens " + MEESTE_VERVOLGAFSPRAKEN + " vervolgafspraken tegelijk vast.");
        } else {
            for (int i = 0; i < g.vervolgafspraken().size(); i++) {
                Vervolggegevens v = g.vervolgafspraken().get(i);
                if (v != null && !v.leeg()) {
                    // the form shows several follow-ups: its list of errors says which one
                    String welke = "Vervolgafspraak " + (i + 1) + ": ";
                    vervolg(v, "vervolgafspraken[" + i + "].", g.datum(), gemeenteCode, o)
                            .forEach((veld, melding) -> fouten.put(veld, welke + melding));
                }
            }
        }
        return fouten;
    }

    /** A follow-up of a talk held on {@code gesprekDatum}; the fields are named with {@code voorvoegsel}. */
    static Map<String, String> vervolg(Vervolggegevens v, String voorvoegsel, LocalDate gesprekDatum, String gemeenteCode, Omgeving o) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (leeg(v.omschrijving())) {
            fouten.put(voorvoegsel + "omschrijving", "Schrijf op wat er moet gebeuren.");
        } else if (v.omschrijving().strip().length() > 500) {
            fouten.put(voorvoegsel + "omschrijving", "Schrijf de vervolgafspraak in hoogstens 500 tekens.");
        }
        if (v.eigenaar() != null && !v.eigenaar().isBlank() && o.beleidsmedewerker(gemeenteCode, v.eigenaar().strip()).isEmpty()) {
            fouten.put(voorvoegsel + "eigenaar", "Kies wie het doet: een medewerker beleid en inkoop van uw gemeente.");
        }
        if (v.uiterlijk() == null) {
            fouten.put(voorvoegsel + "uiterlijk", "Vul in wanneer het uiterlijk klaar moet zijn.");
        } else if (gesprekDatum != null && v.uiterlijk().isBefore(gesprekDatum)) {
            fouten.put(voorvoegsel + "uiterlijk", "Deze datum ligt vóór het gesprek (" + Formaat.lang(gesprekDatum)
                    + "). Kies de dag van het gesprek of later.");
        }
        return fouten;
    }

    /** A talk's new date may not come after the due date of one of its follow-ups. */
    static Optional<String> nieuweDatum(LocalDate datum, List<LocalDate> uiterlijkeData) {
        if (datum == null) {
            return Optional.empty();
        }
        return uiterlijkeData.stream().filter(d -> d.isBefore(datum)).min(LocalDate::compareTo)
                .map(d -> "Er is een vervolgafspraak die uiterlijk " + Formaat.lang(d) + " klaar moet zijn; het gesprek kan niet later zijn. "
                        + "Kies een datum op of vóór " + Formaat.lang(d) + ".");
    }

    /** Closing: refused when it was closed already (by a colleague, or twice by the same click); the note is optional. */
    static Map<String, String> afronden(boolean alAfgerond, String afgerondDoor, java.time.Instant afgerondOp, String afronding) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (alAfgerond) {
            fouten.put("afronding", "Deze vervolgafspraak is al afgerond" + (afgerondDoor == null ? "" : " door " + afgerondDoor)
                    + (afgerondOp == null ? "" : " op " + Formaat.tijdstip(afgerondOp)) + ".");
        } else if (afronding != null && afronding.strip().length() > 500) {
            fouten.put("afronding", "Schrijf de toelichting in hoogstens 500 tekens.");
        }
        return fouten;
    }

    /** Whether the follow-up is late on {@code vandaag}: open and its due date has passed. */
    static boolean teLaat(LocalDate uiterlijk, boolean open, LocalDate vandaag) {
        return open && uiterlijk.isBefore(vandaag);
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
