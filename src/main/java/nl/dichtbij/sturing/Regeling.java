package nl.dichtbij.sturing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The five regelingen the back office counts provisions under (domain.md §4 and §5). A different
 * axis than the law of a decision ({@link nl.dichtbij.platform.Wet}) or of a goal in the plan: the Wmo
 * splits into Begeleiding and Voorzieningen, and work and income and debt help are partner facts.
 * Each regeling has a bit, so a set of regelingen is a number (the mask the analysis groups by).
 */
public enum Regeling {
    JEUGD("Jeugd", "Jeugd", false),
    SCHULDHULPVERLENING("Schuldhulpverlening", "SHV", true),
    WERK_EN_INKOMEN("Werk en inkomen", "W&I", true),
    WMO_BEGELEIDING("WMO Begeleiding", "WMO-B", false),
    WMO_VOORZIENINGEN("WMO Voorzieningen", "WMO-V", false);

    private final String label;
    private final String kort;
    private final boolean partner;

    Regeling(String label, String kort, boolean partner) {
        this.label = label;
        this.kort = kort;
        this.partner = partner;
    }

    public String label() {
        return label;
    }

    /** The short name used in combinations, as in the evaluation's tables: SHV, W&I, WMO-B, WMO-V. */
    public String kort() {
        return kort;
    }

    /** Held by a partner (FermWerk, schuldhulpverlening): registered by form or CSV import, not from a decision. */
    public boolean partner() {
        return partner;
    }

    public int bit() {
        return 1 << ordinal();
    }

    /** The kebab-case code used in the API and in CSV files: {@code werk-en-inkomen}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static int masker(Set<Regeling> regelingen) {
        return regelingen.stream().mapToInt(Regeling::bit).sum();
    }

    public static Set<Regeling> uitMasker(int masker) {
        Set<Regeling> set = EnumSet.noneOf(Regeling.class);
        for (Regeling r : values()) {
            if ((masker & r.bit()) != 0) {
                set.add(r);
            }
        }
        return set;
    }

    public static List<Regeling> partnerRegelingen() {
        List<Regeling> lijst = new ArrayList<>();
        for (Regeling r : values()) {
            if (r.partner) {
                lijst.add(r);
            }
        }
        return lijst;
    }

    /** Reads a regeling from a file or form: the code, the enum name, the label or the short name, in any case. */
    public static Optional<Regeling> lees(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        String t = tekst.trim().toLowerCase(Locale.ROOT);
        for (Regeling r : values()) {
            if (t.equals(r.code()) || t.equals(r.name().toLowerCase(Locale.ROOT)) || t.equals(r.label.toLowerCase(Locale.ROOT))
                    || t.equals(r.kort.toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
