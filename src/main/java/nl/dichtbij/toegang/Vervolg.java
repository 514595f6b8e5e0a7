package nl.dichtbij.toegang;

/**
 * Where a question stands after the onderzoek, in the order of the chain, as the resident reads it in Mijn Dichtbij. The
 * steps come from the modules that take them (plan, besluit, berichten, regie) as events; see {@link Vraagverloop}.
 */
public enum Vervolg {
    PLAN_AKKOORD("Plan afgesproken", "U en uw contactpersoon doen wat in het plan staat. Uw contactpersoon kijkt met u hoe het gaat."),
    AANVRAAG("Aanvraag gedaan", "U krijgt een besluit over de aanvraag. In Mijn plan ziet u tot wanneer dat mag duren."),
    BESLUIT("Besluit genomen", "Lees het besluit in Mijn plan. Bent u het er niet mee eens? Dan kunt u binnen 6 weken bezwaar maken."),
    OPDRACHT_VERSTUURD("Zorgaanbieder heeft de opdracht", "De zorgaanbieder neemt contact met u op om af te spreken wanneer de hulp begint."),
    HULP_GESTART("Hulp is begonnen", "Uw contactpersoon kijkt met u of de hulp helpt."),
    HULP_GESTOPT("Hulp is gestopt", "Uw contactpersoon bespreekt met u of u nog iets nodig heeft."),
    AFGEROND("Afgerond", "Uw vraag is afgerond. Heeft u later weer hulp nodig? Stel dan een nieuwe vraag.");

    private final String label;
    private final String volgendeStap;

    Vervolg(String label, String volgendeStap) {
        this.label = label;
        this.volgendeStap = volgendeStap;
    }

    public String label() {
        return label;
    }

    public String volgendeStap() {
        return volgendeStap;
    }
}
