package nl.dichtbij.berichten.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.berichten.xml.Knoop;

/** The retourcodes (WJ001) per berichtklasse of a received message; a class without codes is accepted (0200). */
public final class Beoordeling {

    private final Map<Knoop, Set<String>> codes = new IdentityHashMap<>();
    private final List<String> header = new ArrayList<>();
    private long toegekendCenten;
    private String declaratieCode;

    void afkeuren(Knoop klasse, Retourcode code) {
        codes.computeIfAbsent(klasse, k -> new LinkedHashSet<>()).add(code.code());
    }

    public boolean afgekeurd(Knoop klasse) {
        return codes.containsKey(klasse);
    }

    public List<String> codes(Knoop klasse) {
        Set<String> gevonden = codes.get(klasse);
        return gevonden == null ? List.of(Retourcode.GEEN_OPMERKING.code()) : List.copyOf(gevonden);
    }

    /** A technical rejection of the whole message (OP286): only the header comes back. */
    void headerAfkeuren(Retourcode code) {
        header.add(code.code());
    }

    public List<String> headerCodes() {
        return header.isEmpty() ? List.of(Retourcode.GEEN_OPMERKING.code()) : header;
    }

    public boolean technischAfgekeurd() {
        return !header.isEmpty();
    }

    public boolean goedgekeurd() {
        return header.isEmpty() && codes.isEmpty() && (declaratieCode == null || Retourcode.DECLARATIE_VOLLEDIG_TOEGEKEND.code().equals(declaratieCode));
    }

    public boolean ietsAfgekeurdOnder(Knoop knoop) {
        if (afgekeurd(knoop)) {
            return true;
        }
        for (Knoop kind : knoop.kinderen()) {
            if (ietsAfgekeurdOnder(kind)) {
                return true;
            }
        }
        return false;
    }

    public long toegekendCenten() {
        return toegekendCenten;
    }

    void toegekend(long centen) {
        toegekendCenten += centen;
    }

    public String declaratieCode() {
        return declaratieCode;
    }

    void declaratieCode(Retourcode code) {
        declaratieCode = code.code();
    }
}
