package nl.dichtbij.toegang;

/** The viertrapsraket: own strength first, individual maatwerk last. */
public enum TriageStap {
    EIGEN_KRACHT(1, "Eigen kracht en netwerk"),
    ALGEMENE_VOORZIENING(2, "Algemene voorziening"),
    COLLECTIEVE_VOORZIENING(3, "Collectieve voorziening"),
    MAATWERK(4, "Individuele maatwerkvoorziening");

    private final int trede;
    private final String label;

    TriageStap(int trede, String label) {
        this.trede = trede;
        this.label = label;
    }

    public int trede() {
        return trede;
    }

    public String label() {
        return label;
    }
}
