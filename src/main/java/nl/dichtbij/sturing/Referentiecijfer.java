package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A public reference figure (issue 21): the value of an indicator in a year at a level (the country, the province, the
 * municipalities of a size class, a peer group), with its unit and its source. Not personal data.
 */
public record Referentiecijfer(Indicator indicator, int jaar, Niveau niveau, String gebied, BigDecimal waarde, String eenheid,
                               String bronNaam, String bronUrl) {

    public enum Niveau {
        LANDELIJK("landelijk", "Nederland"),
        PROVINCIE("provincie", "Provincie"),
        GROOTTEKLASSE("grootteklasse", "Gemeenten van dezelfde grootte"),
        VERGELIJKINGSGROEP("vergelijkingsgroep", "Vergelijkbare gemeenten");

        private final String code;
        private final String label;

        Niveau(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        /** The Dutch code, the English word the brief uses, or the constant. */
        public static Optional<Niveau> lees(String tekst) {
            String t = tekst == null ? "" : tekst.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "nationaal", "national", "nederland" -> Optional.of(LANDELIJK);
                case "province" -> Optional.of(PROVINCIE);
                case "size class", "grootte" -> Optional.of(GROOTTEKLASSE);
                case "peer group", "peergroep", "referentiegroep" -> Optional.of(VERGELIJKINGSGROEP);
                default -> Arrays.stream(values()).filter(n -> n.code.equals(t) || n.name().equalsIgnoreCase(t)).findFirst();
            };
        }
    }

    /** The value as the Dutch write it: a decimal comma, no trailing ",00". */
    public String waardeTekst() {
        BigDecimal w = waarde.stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString().replace('.', ',');
    }
}
