package nl.dichtbij.programma;

/** A five-point agree scale, and "I don't know" (counted as a respondent of the survey, not of the question). */
public enum Antwoord {
    HELEMAAL_EENS("Helemaal eens", 5),
    EENS("Eens", 4),
    NEUTRAAL("Niet eens en niet oneens", 3),
    ONEENS("Oneens", 2),
    HELEMAAL_ONEENS("Helemaal oneens", 1),
    WEET_NIET("Weet ik niet", null);

    private final String label;
    private final Integer score;

    Antwoord(String label, Integer score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    /** 1 to 5, null for "weet ik niet". */
    public Integer score() {
        return score;
    }

    /** "Eens" and "helemaal eens" count as agree. */
    public static boolean eens(int score) {
        return score >= 4;
    }
}
