package nl.dichtbij.aanbod;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the provider register, pure and without a database (uniqueness of the AGB code is the register's own check).
 * Each rule answers the Dutch message for the field, or nothing when the value is good.
 */
public final class Registerregels {

    /** A quality mark that ends within this many days is flagged, so beheer asks for the new certificate in time. */
    public static final int DAGEN_VOOR_VERLOPEN = 31;

    private static final Pattern AGB = Pattern.compile("[0-9]{8}");
    private static final Pattern KVK = Pattern.compile("[0-9]{8}");
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");

    private Registerregels() {
    }

    /**
     * An AGB code as the iStandaarden define it (LDT_AgbCode in the basisschema of iJw and iWmo 3.2, pattern {@code [0-9]{8}};
     * rule RS036 "Vullen met 8 cijfers"). The first two digits are the zorgverlenerssoort; the standards carry no list of
     * them, so any two digits pass except 00, which is no kind of provider.
     */
    public static Optional<String> agbCode(String agbCode) {
        if (agbCode == null || agbCode.isBlank()) {
            return Optional.of("Vul de AGB-code in. Die heeft 8 cijfers.");
        }
        if (!AGB.matcher(agbCode).matches()) {
            return Optional.of("Een AGB-code heeft precies 8 cijfers, zonder spaties of letters. Bijvoorbeeld 42420001.");
        }
        if (agbCode.startsWith("00")) {
            return Optional.of("Een AGB-code begint niet met 00. De eerste 2 cijfers zeggen wat voor zorgverlener het is.");
        }
        return Optional.empty();
    }

    /** A KvK number: 8 digits. It has no check digit (the Kamer van Koophandel dropped it), so none is tested. */
    public static Optional<String> kvkNummer(String kvkNummer, boolean verplicht) {
        if (kvkNummer == null || kvkNummer.isBlank()) {
            return verplicht ? Optional.of("Vul het KvK-nummer in. Dat heeft 8 cijfers.") : Optional.empty();
        }
        if (!KVK.matcher(kvkNummer).matches()) {
            return Optional.of("Een KvK-nummer heeft precies 8 cijfers, zonder spaties. Bijvoorbeeld 30123456.");
        }
        return Optional.empty();
    }

    /** A Dutch postcode, written "1234 AB"; "1234ab" is accepted and written that way. */
    public static Optional<String> postcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return Optional.of("Vul de postcode in, bijvoorbeeld 3441 BW.");
        }
        if (!POSTCODE.matcher(postcode.strip()).matches()) {
            return Optional.of("Een postcode heeft 4 cijfers en 2 letters, bijvoorbeeld 3441 BW.");
        }
        return Optional.empty();
    }

    /** The postcode as it is written: "3441 BW". Only for a postcode that passed {@link #postcode(String)}. */
    public static String schrijfPostcode(String postcode) {
        Matcher m = POSTCODE.matcher(postcode.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Geen postcode: " + postcode);
        }
        return m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT);
    }

    /** An end date is needed and does not lie before the start. */
    public static Optional<String> einde(LocalDate start, LocalDate einde) {
        if (einde == null) {
            return Optional.of("Vul de datum in waarop het eindigt.");
        }
        if (start != null && einde.isBefore(start)) {
            return Optional.of("De einddatum ligt voor de startdatum (" + nl.dichtbij.platform.Formaat.lang(start) + "). Kies een latere datum.");
        }
        return Optional.empty();
    }

    /** A quality mark's "geldig tot" does not lie before its "geldig vanaf"; an open end is allowed. */
    public static Optional<String> keurmerkPeriode(LocalDate vanaf, LocalDate tot) {
        if (vanaf == null) {
            return Optional.of("Vul in vanaf wanneer het keurmerk geldt.");
        }
        if (tot != null && tot.isBefore(vanaf)) {
            return Optional.of("'Geldig tot' ligt voor 'geldig vanaf'. Kies een latere datum.");
        }
        return Optional.empty();
    }

    /** How a quality mark stands on a day. */
    public enum Keurmerkstand {
        GELDIG("Geldig"), VERLOOPT_BINNENKORT("Verloopt binnenkort"), VERLOPEN("Verlopen"), BEEINDIGD("Beëindigd"), NOG_NIET_GELDIG("Nog niet geldig");

        private final String label;

        Keurmerkstand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether beheer should act: the mark has expired or expires within {@link #DAGEN_VOOR_VERLOPEN} days. */
        public boolean letOp() {
            return this == VERLOPEN || this == VERLOOPT_BINNENKORT;
        }
    }

    /** Expired after its last valid day ("geldig tot" is the last day it holds); flagged within a month before. */
    public static Keurmerkstand keurmerkstand(LocalDate vanaf, LocalDate tot, LocalDate beeindigdPer, LocalDate vandaag) {
        if (beeindigdPer != null && !beeindigdPer.isAfter(vandaag)) {
            return Keurmerkstand.BEEINDIGD;
        }
        if (vanaf != null && vanaf.isAfter(vandaag)) {
            return Keurmerkstand.NOG_NIET_GELDIG;
        }
        if (tot == null) {
            return Keurmerkstand.GELDIG;
        }
        if (tot.isBefore(vandaag)) {
            return Keurmerkstand.VERLOPEN;
        }
        return tot.isAfter(vandaag.plusDays(DAGEN_VOOR_VERLOPEN)) ? Keurmerkstand.GELDIG : Keurmerkstand.VERLOOPT_BINNENKORT;
    }
}
