package nl.dichtbij.partners;

/**
 * Who gave the consent for a referral: the resident himself (from 16, docs/decisions/0006), a parent or gezaghebbende from the
 * household for a child under 16, or a gemachtigde or legal representative (a curator, mentor or voogd) named on the form.
 */
public enum Toestemminggever {
    INWONER("De inwoner zelf"),
    GEZAGHEBBENDE("Een ouder of gezaghebbende uit het huishouden"),
    GEMACHTIGDE("Een gemachtigde of wettelijk vertegenwoordiger (curator, mentor, voogd)");

    private final String label;

    Toestemminggever(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As a short role after a name: "Sanne de Vries (ouder of gezaghebbende)". */
    public String rol() {
        return switch (this) {
            case INWONER -> "de inwoner zelf";
            case GEZAGHEBBENDE -> "ouder of gezaghebbende";
            case GEMACHTIGDE -> "gemachtigde of wettelijk vertegenwoordiger";
        };
    }
}
