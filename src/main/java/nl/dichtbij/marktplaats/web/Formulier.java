package nl.dichtbij.marktplaats.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/** Small helpers for the marketplace's plain forms. */
final class Formulier {

    private Formulier() {
    }

    static Map<String, String> ingevuld(MultiValueMap<String, String> velden, List<String> namen) {
        Map<String, String> ingevuld = new LinkedHashMap<>();
        for (String veld : namen) {
            ingevuld.put(veld, velden.getFirst(veld) == null ? "" : velden.getFirst(veld));
        }
        return ingevuld;
    }

    static Long getal(String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Long.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer heel(String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E keuze(Class<E> soort, String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Enum.valueOf(soort, tekst.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
