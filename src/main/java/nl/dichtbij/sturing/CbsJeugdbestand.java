package nl.dichtbij.sturing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The delivery file of the CBS Beleidsinformatie Jeugd (Regeling Jeugdwet art. 7, bijlage 2, informatieprotocol versie 7) as
 * ASCII fixed format (protocol 8.2): one line per record, a jeugdhulp record ({@code JH}, chapters 2 to 4) or a measure record
 * ({@code JB}, chapters 2 and 5). The fields are the protocol's, in its order, with its code lists and date notation JJJJMMDD;
 * the positions follow from the lengths (docs/decisions/0032: the CBS berichtspecificatie itself is not in the protocol).
 * {@link #controleer} checks a file against these definitions: record kind, line length, mandatory fields, code lists, dates.
 */
public final class CbsJeugdbestand {

    private CbsJeugdbestand() {
    }

    public enum Soort { NUMERIEK, DATUM, CODE, TEKST }

    /**
     * One field: its name in the protocol, a plain Dutch label for beleid, the protocol's paragraph, length, whether it must be
     * filled and the codes it allows (null: any).
     */
    public record Veld(String naam, String label, String paragraaf, String omschrijving, int lengte, boolean verplicht, Soort soort, Set<String> codes) {
    }

    static final Set<String> VERWIJZERS = Set.of("01", "02", "03", "04", "05", "06", "08");
    static final Set<String> HULPVORMEN = Set.of("01", "02", "03", "04", "11", "12", "13", "14");
    static final Set<String> JA_NEE = Set.of("01", "02");
    static final Set<String> REDENEN_JEUGDHULP = Set.of("01", "02", "03", "04", "05");
    static final Set<String> TEVREDENHEID = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10");
    static final Set<String> ZONDER_HULP = Set.of("01", "02", "03", "04");
    /** 4.5 names the informants without codes: numbered in the protocol's order (0032). */
    static final Set<String> INFORMANTEN = Set.of("01", "02");
    static final Set<String> GESLACHTEN = Set.of("V", "M", "O");
    static final Set<String> KINDERBESCHERMING = Set.of("11", "12", "21", "22", "23");
    static final Set<String> JEUGDRECLASSERING = Set.of("41", "42", "50", "51", "61", "62", "63");
    static final Set<String> MAATREGELEN = Set.of("11", "12", "21", "22", "23", "31", "41", "42", "50", "51", "61", "62", "63");
    static final Set<String> MACHTIGINGEN = Set.of("71", "72");
    /** 5.3.1: the end reasons per kind of measure. */
    static final Map<String, Set<String>> REDENEN_MAATREGEL = Map.of(
            "OTS", Set.of("01", "02", "03", "04", "05", "06", "07"),
            "VOOGDIJ", Set.of("11", "12", "13", "14", "15"),
            "JR", Set.of("41", "42", "43"),
            "PREVENTIEF", Set.of("31"));

    public static final List<Veld> JEUGDHULP = List.of(
            new Veld("RECORDSOORT", "Soort regel", "7.5", "Soort record: JH is jeugdhulp", 2, true, Soort.CODE, Set.of("JH")),
            new Veld("AGB_AANBIEDER", "Code van de aanbieder (AGB)", "6", "AGB-code van de jeugdhulpaanbieder", 8, true, Soort.NUMERIEK, null),
            new Veld("BSN", "Burgerservicenummer", "2.2", "Burgerservicenummer (999999999 onbekend, 000000000 ongeboren)", 9, true, Soort.NUMERIEK, null),
            new Veld("GEBOORTEDATUM", "Geboortedatum", "2.3", "Geboortedatum JJJJMMDD (dag of maand onbekend: 00)", 8, true, Soort.DATUM, null),
            new Veld("GESLACHT", "Geslacht", "2.4", "Geslacht: V, M of O (onbekend)", 1, true, Soort.CODE, GESLACHTEN),
            new Veld("POSTCODE", "Postcode", "2.5", "Postcode (6 posities) of CBS-gemeentecode (4 cijfers)", 6, true, Soort.TEKST, null),
            new Veld("VERWIJZER", "Verwijzer (wie verwees)", "3.2", "Verwijzer", 2, true, Soort.CODE, VERWIJZERS),
            new Veld("HULPVORM", "Hulpvorm (soort hulp)", "3.3", "Hulpvorm", 2, true, Soort.CODE, HULPVORMEN),
            new Veld("GESTART_MET_CRISIS", "Begonnen met crisishulp", "3.4", "Gestart met crisis: 01 ja, 02 nee", 2, true, Soort.CODE, JA_NEE),
            new Veld("DATUM_AANVANG", "Begindatum van de hulp", "3.5", "Datum aanvang jeugdhulp JJJJMMDD", 8, true, Soort.DATUM, null),
            new Veld("DATUM_EINDE", "Einddatum van de hulp", "3.6", "Datum einde jeugdhulp JJJJMMDD", 8, false, Soort.DATUM, null),
            new Veld("REDEN_BEEINDIGING", "Reden beëindiging (waarom de hulp stopte)", "3.7", "Reden beëindiging jeugdhulp (verplicht bij een einddatum)", 2, false, Soort.CODE, REDENEN_JEUGDHULP),
            new Veld("TEVREDENHEID", "Cijfer voor de hulp", "4.3", "Rapportcijfer nut/effect 01 tot en met 10", 2, false, Soort.CODE, TEVREDENHEID),
            new Veld("ZONDER_HULP_VERDER", "Kan verder zonder hulp", "4.4", "Mate waarin de cliënt zonder hulp verder kan", 2, false, Soort.CODE, ZONDER_HULP),
            new Veld("TYPE_INFORMANT", "Wie het cijfer gaf", "4.5", "Type informant: 01 jeugdige, 02 ouder/opvoeder (verplicht bij een meting)", 2, false, Soort.CODE, INFORMANTEN));

    public static final List<Veld> MAATREGEL = List.of(
            new Veld("RECORDSOORT", "Soort regel", "7.5", "Soort record: JB is jeugdbescherming of jeugdreclassering", 2, true, Soort.CODE, Set.of("JB")),
            new Veld("AGB_INSTELLING", "Code van de instelling (AGB)", "6", "AGB-code van de gecertificeerde instelling", 8, true, Soort.NUMERIEK, null),
            new Veld("BSN", "Burgerservicenummer", "2.2", "Burgerservicenummer", 9, true, Soort.NUMERIEK, null),
            new Veld("GEBOORTEDATUM", "Geboortedatum", "2.3", "Geboortedatum JJJJMMDD", 8, true, Soort.DATUM, null),
            new Veld("GESLACHT", "Geslacht", "2.4", "Geslacht: V, M of O", 1, true, Soort.CODE, GESLACHTEN),
            new Veld("POSTCODE", "Postcode", "2.5", "Postcode of CBS-gemeentecode", 6, true, Soort.TEKST, null),
            new Veld("TYPE_MAATREGEL", "Soort maatregel", "5.1.1/5.2.1", "Type maatregel", 2, true, Soort.CODE, MAATREGELEN),
            new Veld("DATUM_AANVANG", "Begindatum van de maatregel", "5.1.2/5.2.2", "Datum aanvang maatregel JJJJMMDD", 8, true, Soort.DATUM, null),
            new Veld("DATUM_EINDE", "Einddatum van de maatregel", "5.1.3/5.2.3", "Datum einde maatregel JJJJMMDD", 8, false, Soort.DATUM, null),
            new Veld("TYPE_MACHTIGING", "Soort machtiging uithuisplaatsing", "5.1.4", "Type machtiging uithuisplaatsing: 71 gesloten, 72 uithuisplaatsing", 2, false, Soort.CODE, MACHTIGINGEN),
            new Veld("DATUM_AANVANG_MACHTIGING", "Begindatum van de machtiging", "5.1.5", "Datum aanvang machtiging JJJJMMDD", 8, false, Soort.DATUM, null),
            new Veld("DATUM_EINDE_MACHTIGING", "Einddatum van de machtiging", "5.1.6", "Datum einde machtiging JJJJMMDD", 8, false, Soort.DATUM, null),
            new Veld("ERKENDE_INTERVENTIE", "Erkende aanpak gebruikt", "5.2.4", "Inzet erkende interventie bij jeugdreclassering: 01 ja, 02 nee", 2, false, Soort.CODE, JA_NEE),
            new Veld("REDEN_BEEINDIGING", "Reden beëindiging (hoe de maatregel stopte)", "5.3.1", "Reden of wijze beëindiging maatregel (verplicht bij een einddatum)", 2, false, Soort.CODE,
                    Set.of("01", "02", "03", "04", "05", "06", "07", "11", "12", "13", "14", "15", "31", "41", "42", "43")),
            new Veld("ZORG_NA_AFLOOP", "Nog zorg na afloop", "5.3.1", "Jeugdreclassering: nog zorg na afloop, 51 nee, 52 ja", 2, false, Soort.CODE, Set.of("51", "52")),
            new Veld("DATUM_OVERGEDRAGEN", "Datum overgedragen aan een andere instelling", "5.3.2", "Datum overgedragen JJJJMMDD", 8, false, Soort.DATUM, null),
            new Veld("DATUM_OVERGEDRAGEN_GEKREGEN", "Datum overgenomen van een andere instelling", "5.3.3", "Datum overgedragen gekregen JJJJMMDD", 8, false, Soort.DATUM, null));

    public static int regellengte(List<Veld> velden) {
        return velden.stream().mapToInt(Veld::lengte).sum();
    }

    /** One line: each value left-aligned and padded with spaces to its field's length (an empty field is all spaces). */
    public static String regel(List<Veld> velden, Map<String, String> waarden) {
        StringBuilder b = new StringBuilder();
        for (Veld v : velden) {
            String w = waarden.getOrDefault(v.naam(), "");
            if (w == null) {
                w = "";
            }
            if (w.length() > v.lengte()) {
                throw new IllegalArgumentException(v.naam() + " is langer dan " + v.lengte() + " tekens: " + w);
            }
            b.append(w).append(" ".repeat(v.lengte() - w.length()));
        }
        return b.toString();
    }

    /** The file: lines ended with CR LF, ASCII. */
    public static byte[] bestand(List<String> regels) {
        StringBuilder b = new StringBuilder();
        regels.forEach(r -> b.append(r).append("\r\n"));
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A line read back into its fields (trimmed; empty for blank), by the definitions of its record kind. */
    public static Map<String, String> lees(String regel) {
        List<Veld> velden = regel.startsWith("JB") ? MAATREGEL : JEUGDHULP;
        Map<String, String> waarden = new LinkedHashMap<>();
        int positie = 0;
        for (Veld v : velden) {
            waarden.put(v.naam(), positie >= regel.length() ? "" : regel.substring(positie, Math.min(regel.length(), positie + v.lengte())).strip());
            positie += v.lengte();
        }
        return waarden;
    }

    /** Everything in the file that does not meet the protocol's definitions, one Dutch sentence each with its line number; empty when it does. */
    public static List<String> controleer(byte[] bestand) {
        List<String> fouten = new ArrayList<>();
        String tekst = new String(bestand, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < tekst.length(); i++) {
            if (tekst.charAt(i) > 127) {
                fouten.add("Het bestand bevat een teken dat geen ASCII is (positie " + (i + 1) + ").");
                break;
            }
        }
        String[] regels = tekst.isEmpty() ? new String[0] : tekst.split("\r\n", -1);
        for (int n = 0; n < regels.length; n++) {
            String regel = regels[n];
            if (n == regels.length - 1 && regel.isEmpty()) {
                break; // after the last CR LF
            }
            fouten.addAll(controleerRegel(n + 1, regel));
        }
        return fouten;
    }

    static List<String> controleerRegel(int nummer, String regel) {
        List<String> fouten = new ArrayList<>();
        String waar = "Regel " + nummer + ": ";
        List<Veld> velden = regel.startsWith("JH") ? JEUGDHULP : regel.startsWith("JB") ? MAATREGEL : null;
        if (velden == null) {
            fouten.add(waar + "de regel begint niet met JH of JB.");
            return fouten;
        }
        if (regel.length() != regellengte(velden)) {
            fouten.add(waar + "de regel is " + regel.length() + " tekens lang, dat moet " + regellengte(velden) + " zijn.");
            return fouten;
        }
        Map<String, String> w = lees(regel);
        for (Veld v : velden) {
            String waarde = w.get(v.naam());
            if (waarde.isEmpty()) {
                if (v.verplicht()) {
                    fouten.add(waar + v.naam() + " (" + v.paragraaf() + ") is verplicht en ontbreekt.");
                }
                continue;
            }
            String fout = switch (v.soort()) {
                case NUMERIEK -> waarde.length() == v.lengte() && waarde.chars().allMatch(Character::isDigit) ? null
                        : "moet " + v.lengte() + " cijfers zijn";
                case DATUM -> datumGoed(waarde) ? null : "is geen datum JJJJMMDD";
                case CODE -> v.codes().contains(waarde) ? null : "heeft code " + waarde + ", die de codelijst niet kent";
                case TEKST -> postcodeGoed(waarde) ? null : "is geen postcode (1234AB) en geen gemeentecode (4 cijfers)";
            };
            if (fout != null) {
                fouten.add(waar + v.naam() + " (" + v.paragraaf() + ") " + fout + ".");
            }
        }
        boolean einde = !w.get("DATUM_EINDE").isEmpty();
        if (einde && w.get("REDEN_BEEINDIGING").isEmpty()) {
            fouten.add(waar + "REDEN_BEEINDIGING is verplicht bij een DATUM_EINDE.");
        }
        if (!einde && !w.get("REDEN_BEEINDIGING").isEmpty()) {
            fouten.add(waar + "REDEN_BEEINDIGING zonder DATUM_EINDE.");
        }
        if (einde && datumGoed(w.get("DATUM_AANVANG")) && datumGoed(w.get("DATUM_EINDE")) && w.get("DATUM_EINDE").compareTo(w.get("DATUM_AANVANG")) < 0) {
            fouten.add(waar + "DATUM_EINDE ligt voor DATUM_AANVANG.");
        }
        if (velden == JEUGDHULP) {
            boolean meting = !w.get("TEVREDENHEID").isEmpty() || !w.get("ZONDER_HULP_VERDER").isEmpty();
            if (meting && w.get("TYPE_INFORMANT").isEmpty()) {
                fouten.add(waar + "TYPE_INFORMANT is verplicht bij een meting van de outcome (4.5).");
            }
        } else {
            String type = w.get("TYPE_MAATREGEL");
            String reden = w.get("REDEN_BEEINDIGING");
            String groep = groep(type);
            if (!reden.isEmpty() && groep != null && !REDENEN_MAATREGEL.get(groep).contains(reden)) {
                fouten.add(waar + "REDEN_BEEINDIGING " + reden + " hoort niet bij maatregel " + type + " (5.3.1).");
            }
            if (!w.get("ERKENDE_INTERVENTIE").isEmpty() && !JEUGDRECLASSERING.contains(type)) {
                fouten.add(waar + "ERKENDE_INTERVENTIE is alleen voor jeugdreclassering (5.2.4).");
            }
            if (JEUGDRECLASSERING.contains(type) && einde && w.get("ZORG_NA_AFLOOP").isEmpty()) {
                fouten.add(waar + "ZORG_NA_AFLOOP is verplicht bij het einde van jeugdreclassering (5.3.1).");
            }
        }
        return fouten;
    }

    /** The group of end reasons of a measure type (5.3.1), null for an unknown type. */
    static String groep(String type) {
        if (Set.of("11", "12").contains(type)) {
            return "OTS";
        }
        if (Set.of("21", "22", "23").contains(type)) {
            return "VOOGDIJ";
        }
        if ("31".equals(type)) {
            return "PREVENTIEF";
        }
        return JEUGDRECLASSERING.contains(type) ? "JR" : null;
    }

    /** JJJJMMDD, where 2.3 allows 00 for an unknown day or month. */
    static boolean datumGoed(String w) {
        if (w == null || !w.matches("\\d{8}")) {
            return false;
        }
        if (w.endsWith("0000")) {
            return true;
        }
        if (w.endsWith("00")) {
            int maand = Integer.parseInt(w.substring(4, 6));
            return maand >= 1 && maand <= 12;
        }
        try {
            LocalDate.parse(w.substring(0, 4) + "-" + w.substring(4, 6) + "-" + w.substring(6));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean postcodeGoed(String w) {
        return w.matches("[1-9]\\d{3}[A-Z]{2}") || w.matches("\\d{4}");
    }

    public static String datum(LocalDate d) {
        return d == null ? "" : String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
