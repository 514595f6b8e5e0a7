package nl.dichtbij.catalogus;

/** Where a story stands: written and waiting for beheer, published (without name), or refused with a reason. */
public enum Ervaringstatus {
    INGEDIEND("Wacht op controle"),
    GEPUBLICEERD("Gepubliceerd"),
    AFGEWEZEN("Niet gepubliceerd");

    private final String label;

    Ervaringstatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
