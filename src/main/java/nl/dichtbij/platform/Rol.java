package nl.dichtbij.platform;

/** What someone does in the platform; decides which pages and data he reaches. */
public enum Rol {
    INWONER("Inwoner"),
    CONSULENT("Consulent sociaal team"),
    TEAMLEIDER("Teamleider"),
    AANBIEDER("Zorgaanbieder"),
    BELEID("Beleid en inkoop"),
    BESTUUR("Bestuur en raad"),
    BEHEER("Functioneel beheer"),
    PRIVACY("Privacy officer"),
    /** Inkoop and policy staff of a region of municipalities: person-free, suppressed figures of its member municipalities, nothing else. */
    REGIO("Regio (inkoop en beleid)");

    private final String label;

    Rol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
