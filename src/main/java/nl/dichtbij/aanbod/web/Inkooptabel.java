package nl.dichtbij.aanbod.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.dichtbij.platform.Bedrag;
import nl.dichtbij.platform.web.Tabelbestand;

import org.springframework.http.ResponseEntity;

/**
 * One table of the inkoop page as plain rows: what the screen shows is what the CSV and XLSX downloads hold. The first column is
 * the row header; a null cell stays empty. Amounts are euros as a BigDecimal with 2 decimals (on screen 12.500,00), a percentage
 * a BigDecimal with 1 decimal (90,0); in a file both stay numbers.
 */
public record Inkooptabel(String code, String titel, String uitleg, List<String> kolommen, List<List<Object>> rijen, List<Object> totaal) {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    /** The rows as the screen shows them. */
    public List<List<String>> weergaveRijen() {
        return rijen.stream().map(r -> r.stream().map(Inkooptabel::weergave).toList()).toList();
    }

    public List<String> weergaveTotaal() {
        return totaal == null ? List.of() : totaal.stream().map(Inkooptabel::weergave).toList();
    }

    /** On screen: 1.359, 12.500,00 and 90,0 (Dutch separators). */
    static String weergave(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof Long || waarde instanceof Integer) {
            return String.format(NL, "%,d", ((Number) waarde).longValue());
        }
        if (waarde instanceof BigDecimal b) {
            return b.scale() == 2 ? Bedrag.getal(b) : b.toPlainString().replace('.', ',');
        }
        return waarde.toString();
    }

    /** The table as a CSV or XLSX download; the total row goes along as the last row. */
    ResponseEntity<byte[]> download(String naam, String formaat) {
        List<List<Object>> alle = new ArrayList<>(rijen);
        if (totaal != null) {
            alle.add(totaal);
        }
        return Tabelbestand.download(naam, formaat, code, kolommen, alle);
    }
}
