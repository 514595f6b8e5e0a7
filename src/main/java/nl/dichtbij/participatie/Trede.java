package nl.dichtbij.participatie;

/** The six steps of the participatieladder, in plain Dutch for the professional who chooses one. */
public enum Trede {
    GEISOLEERD(1, "Geïsoleerd", "Weinig contact met anderen en komt nauwelijks buiten de deur."),
    SOCIALE_CONTACTEN(2, "Sociale contacten buiten de deur", "Heeft contact met familie, vrienden of buren buiten het eigen huis."),
    GEORGANISEERDE_ACTIVITEITEN(3, "Doet mee aan georganiseerde activiteiten", "Bijvoorbeeld een sportclub, cursus, taalles of dagbesteding."),
    ONBETAALD_WERK(4, "Onbetaald werk", "Vrijwilligerswerk of een werkervaringsplaats, met vaste afspraken."),
    BETAALD_WERK_MET_ONDERSTEUNING(5, "Betaald werk met ondersteuning", "Bijvoorbeeld met loonkostensubsidie, een jobcoach of beschut werk."),
    BETAALD_WERK(6, "Betaald werk", "Werkt betaald, zonder ondersteuning.");

    private final int nummer;
    private final String label;
    private final String uitleg;

    Trede(int nummer, String label, String uitleg) {
        this.nummer = nummer;
        this.label = label;
        this.uitleg = uitleg;
    }

    public int nummer() {
        return nummer;
    }

    public String label() {
        return label;
    }

    public String uitleg() {
        return uitleg;
    }

    /** "Trede 4: Onbetaald werk". */
    public String tekst() {
        return "Trede " + nummer + ": " + label;
    }

    public static Trede van(int nummer) {
        for (Trede t : values()) {
            if (t.nummer == nummer) {
                return t;
            }
        }
        throw new IllegalArgumentException("Geen trede " + nummer);
    }
}
