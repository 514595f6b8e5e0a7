package nl.dichtbij.interventies;

import java.util.Arrays;
import java.util.Optional;

/**
 * How well it is known that an intervention works: the effect ladder of Van Yperen and Veerman (2008), as the NJi and Movisie
 * databases use it. From level 2 a source says so; below that the professionals' own knowledge does.
 */
public enum Effectniveau {
    NIVEAU_0(0, "Niveau 0 – impliciet", "Professionals werken vanuit hun ervaring. De aanpak is niet opgeschreven."),
    NIVEAU_1(1, "Niveau 1 – beschreven", "De aanpak is opgeschreven: het doel, voor wie en hoe het werkt."),
    NIVEAU_2(2, "Niveau 2 – theoretisch onderbouwd (effectief in theorie)",
            "Met kennis uit onderzoek is uitgelegd waarom de aanpak zou moeten werken."),
    NIVEAU_3(3, "Niveau 3 – doeltreffend (aanwijzingen voor effectiviteit)",
            "Onderzoek laat zien dat de doelen vaak gehaald worden en dat cliënten tevreden zijn. Het is nog niet bewezen dat dat door de aanpak komt."),
    NIVEAU_4(4, "Niveau 4 – werkzaam (sterke aanwijzingen)",
            "Onderzoek met een vergelijkingsgroep laat zien dat het resultaat door de aanpak komt.");

    /** From this level on a source says how well it works. */
    public static final int BRON_VANAF = 2;

    private final int niveau;
    private final String label;
    private final String uitleg;

    Effectniveau(int niveau, String label, String uitleg) {
        this.niveau = niveau;
        this.label = label;
        this.uitleg = uitleg;
    }

    public int niveau() {
        return niveau;
    }

    public String label() {
        return label;
    }

    /** What the level means, in one or two short sentences. */
    public String uitleg() {
        return uitleg;
    }

    public boolean vraagtBron() {
        return niveau >= BRON_VANAF;
    }

    public static Optional<Effectniveau> van(Integer niveau) {
        return niveau == null ? Optional.empty() : Arrays.stream(values()).filter(e -> e.niveau == niveau).findFirst();
    }
}
