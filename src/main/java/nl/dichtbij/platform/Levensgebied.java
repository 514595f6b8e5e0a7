package nl.dichtbij.platform;

import java.util.Arrays;
import java.util.Optional;

/** The eight life domains of the brede vraagverheldering (Begeleiding Dichtbij). */
public enum Levensgebied {
    FINANCIEN("Geld en schulden", "financien"),
    HUISVESTING("Wonen", "huisvesting"),
    SOCIAAL_FUNCTIONEREN("Contact met anderen", "sociaal-functioneren"),
    PSYCHISCH_FUNCTIONEREN("Hoe u zich voelt", "psychisch-functioneren"),
    ZINGEVING("Zin in het leven", "zingeving"),
    LICHAMELIJK_FUNCTIONEREN("Gezondheid en lichaam", "lichamelijk-functioneren"),
    PRAKTISCH_FUNCTIONEREN("Dagelijkse dingen regelen", "praktisch-functioneren"),
    DAGBESTEDING("Werk, school en dagbesteding", "dagbesteding");

    private final String label;
    private final String code;

    Levensgebied(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** The kebab-case name used in URLs and the API. */
    public String code() {
        return code;
    }

    public static Optional<Levensgebied> vanCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code) || l.name().equalsIgnoreCase(code)).findFirst();
    }
}
