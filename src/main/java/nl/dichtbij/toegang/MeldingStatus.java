package nl.dichtbij.toegang;

public enum MeldingStatus {
    ONTVANGEN("Ontvangen", "Een medewerker van het sociaal team neemt uw vraag op."),
    IN_BEHANDELING("In behandeling", "Uw contactpersoon neemt contact met u op voor een gesprek."),
    INTAKE_GEPLAND("Gesprek gepland", "U heeft een gesprek met uw contactpersoon."),
    ONDERZOEK_AFGEROND("Gesprek gehouden", "Samen met u maken wij een plan: wie doet wat."),
    INGETROKKEN("Ingetrokken", "U heeft deze vraag ingetrokken. Heeft u later toch hulp nodig? Stel dan een nieuwe vraag.");

    private final String label;
    private final String volgendeStap;

    MeldingStatus(String label, String volgendeStap) {
        this.label = label;
        this.volgendeStap = volgendeStap;
    }

    public String label() {
        return label;
    }

    public String volgendeStap() {
        return volgendeStap;
    }

    /** Still in the team's queue: not yet through the gesprek, not withdrawn. The queue's indexes say the same (V77). */
    public boolean open() {
        return this != ONDERZOEK_AFGEROND && this != INGETROKKEN;
    }
}
