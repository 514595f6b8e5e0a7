package nl.dichtbij.berichten;

import java.util.Optional;

/**
 * Who referred a client to care (the Verwijzer of a JW315/WMO315): its kind (COD327) and the referrer's AGB code
 * (ZorgverlenerCode) or name, either or both. Not a resident: a GP practice, a jeugdarts, a gecertificeerde instelling.
 */
public record Verwijzer(Verwijzertype type, String zorgverlenerCode, String naam) {

    /** The municipality's own decision. */
    public static final Verwijzer GEMEENTE = new Verwijzer(Verwijzertype.GEMEENTE, null, null);

    public Verwijzer {
        if (type == null) {
            throw new IllegalArgumentException("Een verwijzer heeft een type (COD327)");
        }
        zorgverlenerCode = leeg(zorgverlenerCode);
        naam = leeg(naam);
    }

    /** From stored or received values; empty when there is no type (unknown referrer). */
    public static Optional<Verwijzer> van(String typeCode, String zorgverlenerCode, String naam) {
        return Optional.ofNullable(typeCode).flatMap(Verwijzertype::metCode).map(t -> new Verwijzer(t, zorgverlenerCode, naam));
    }

    public String typeCode() {
        return type.code();
    }

    /** One short line for the regisseur: "Verwezen door huisarts Huisartsenpraktijk De Linde (AGB 01012345)". */
    public String omschrijving() {
        if (type == Verwijzertype.GEMEENTE) {
            return "Toegewezen na een besluit van de gemeente";
        }
        if (type == Verwijzertype.ZELFVERWIJZER) {
            return "Zonder verwijzer aangemeld";
        }
        String wie = naam != null ? naam + (zorgverlenerCode != null ? " (AGB " + zorgverlenerCode + ")" : "")
                : zorgverlenerCode != null ? "met AGB-code " + zorgverlenerCode : null;
        return "Verwezen door " + type.label().toLowerCase() + (wie == null ? "" : " " + wie);
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
