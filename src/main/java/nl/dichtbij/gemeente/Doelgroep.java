package nl.dichtbij.gemeente;

/** Which residents a social team serves: the Jeugdteam under 18, the Wmo-team from 18. */
public enum Doelgroep {
    JEUGD("Jeugdteam", "0 tot 18 jaar"),
    WMO("Wmo-team", "18 jaar en ouder");

    private final String team;
    private final String leeftijd;

    Doelgroep(String team, String leeftijd) {
        this.team = team;
        this.leeftijd = leeftijd;
    }

    public static Doelgroep voorLeeftijd(int jaren) {
        return jaren < 18 ? JEUGD : WMO;
    }

    public String team() {
        return team;
    }

    public String leeftijd() {
        return leeftijd;
    }
}
