package nl.dichtbij.platform.concept;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form's fields stored the way the browser sends them ({@code application/x-www-form-urlencoded}), so no field type
 * needs a format of its own. Untrusted: the size and the number of fields are bounded, the CSRF token is never kept.
 */
final class Formulierinhoud {

    static final int MAXIMUM_TEKENS = 200_000;
    static final int MAXIMUM_VELDEN = 500;
    private static final List<String> NOOIT_BEWAREN = List.of("_csrf", ConceptHerstel.VELD);

    private Formulierinhoud() {
    }

    static String codeer(Map<String, String[]> velden) {
        Map<String, String[]> bewaren = velden.entrySet().stream().filter(v -> !NOOIT_BEWAREN.contains(v.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (bewaren.size() > MAXIMUM_VELDEN) {
            throw new TeGrootException();
        }
        StringBuilder tekst = new StringBuilder();
        bewaren.forEach((naam, waarden) -> {
            for (String waarde : waarden) {
                if (!tekst.isEmpty()) {
                    tekst.append('&');
                }
                tekst.append(URLEncoder.encode(naam, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(waarde == null ? "" : waarde, StandardCharsets.UTF_8));
            }
        });
        if (tekst.length() > MAXIMUM_TEKENS) {
            throw new TeGrootException();
        }
        return tekst.toString();
    }

    static Map<String, List<String>> decodeer(String tekst) {
        Map<String, List<String>> velden = new LinkedHashMap<>();
        if (tekst == null || tekst.isEmpty()) {
            return velden;
        }
        for (String paar : tekst.split("&")) {
            int is = paar.indexOf('=');
            String naam = URLDecoder.decode(is < 0 ? paar : paar.substring(0, is), StandardCharsets.UTF_8);
            String waarde = is < 0 ? "" : URLDecoder.decode(paar.substring(is + 1), StandardCharsets.UTF_8);
            velden.computeIfAbsent(naam, n -> new ArrayList<>()).add(waarde);
        }
        return velden;
    }

    static final class TeGrootException extends RuntimeException {
        TeGrootException() {
            super("Het concept is te groot om te bewaren");
        }
    }
}
