package nl.dichtbij.berichten.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a retour says, in the code list's words, so a provider need not open the XML to read why something was refused. */
public final class Retouruitleg {

    private static final Pattern RETOURCODE = Pattern.compile("RetourCode>([0-9A-Z]{4})</");
    private static final Set<String> GEEN_BEZWAAR = Set.of("0200", "0233", "8001");

    private Retouruitleg() {
    }

    /** Each refusal code in the retour once, as "code: omschrijving", in the order the retour gives them. */
    public static List<String> redenen(String retourXml) {
        if (retourXml == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = RETOURCODE.matcher(retourXml);
        while (m.find()) {
            if (!GEEN_BEZWAAR.contains(m.group(1))) {
                codes.add(m.group(1));
            }
        }
        return codes.stream().map(code -> code + ": " + omschrijving(code)).toList();
    }

    private static String omschrijving(String code) {
        try {
            return Retourcode.van(code).omschrijving();
        } catch (IllegalArgumentException onbekend) {
            return "zie de codelijst WJ001.";
        }
    }
}
