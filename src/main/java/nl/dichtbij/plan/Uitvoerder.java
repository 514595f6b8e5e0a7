package nl.dichtbij.plan;

/** Who carries out an action; informal help stands beside formal help in one plan. */
public enum Uitvoerder {
    INWONER("De inwoner zelf", true),
    NETWERK("Netwerk of mantelzorger", true),
    VRIJWILLIGER("Vrijwilliger", true),
    SOCIAAL_TEAM("Sociaal team", false),
    ALGEMENE_VOORZIENING("Algemene voorziening", false),
    AANBIEDER("Zorgaanbieder", false);

    private final String label;
    private final boolean informeel;

    Uitvoerder(String label, boolean informeel) {
        this.label = label;
        this.informeel = informeel;
    }

    public String label() {
        return label;
    }

    public boolean informeel() {
        return informeel;
    }
}
