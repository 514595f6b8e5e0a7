package nl.dichtbij.programma;

/**
 * The questions of the client experience survey: the three programme goals measured by the
 * yearly resident survey (domain.md §5), with the target for 2019, the ambition for 2022 and the
 * 2017 baseline where the programme has one (percentages of residents who agree).
 */
public enum Vraag {
    WEET_WAARHEEN("Ik weet waar ik naartoe kan met een vraag om hulp.",
            "Inwoners die weten waar ze naartoe kunnen met een hulpvraag", 85, 90, null),
    SAMEN_GEZOCHT("Er is samen met mij gezocht naar oplossingen.",
            "Inwoners die zeggen dat er samen is gezocht naar oplossingen", 85, 90, 82),
    KWALITEIT_GOED("De kwaliteit van de ondersteuning die ik kreeg is goed.",
            "Inwoners die zeggen dat de kwaliteit van de ondersteuning goed is", 90, null, 88);

    private final String stelling;
    private final String indicator;
    private final int doel;
    private final Integer ambitie;
    private final Integer basis2017;

    Vraag(String stelling, String indicator, int doel, Integer ambitie, Integer basis2017) {
        this.stelling = stelling;
        this.indicator = indicator;
        this.doel = doel;
        this.ambitie = ambitie;
        this.basis2017 = basis2017;
    }

    /** The statement the resident agrees or disagrees with. */
    public String stelling() {
        return stelling;
    }

    /** The goal as the programme words it. */
    public String indicator() {
        return indicator;
    }

    /** Target (2019): at least this percentage agrees. */
    public int doel() {
        return doel;
    }

    /** Ambition for 2022, or null. */
    public Integer ambitie() {
        return ambitie;
    }

    /** The 2017 figure, or null. */
    public Integer basis2017() {
        return basis2017;
    }

    public String veld() {
        return switch (this) {
            case WEET_WAARHEEN -> "weetWaarheen";
            case SAMEN_GEZOCHT -> "samenGezocht";
            case KWALITEIT_GOED -> "kwaliteitGoed";
        };
    }
}
