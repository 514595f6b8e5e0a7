package nl.dichtbij.sturing.web;

import java.util.List;

import nl.dichtbij.sturing.Doorloop;

/** A step of the flow in the bar chart: the median as the solid bar, the 80th percentile as the open bar. */
record Stapstaaf(String naam, Long mediaan, Long p80, int dichtBreedte, int openBreedte) implements Staaf {

    static List<Stapstaaf> staven(List<Doorloop.Stap> stappen) {
        long grootste = Math.max(1, stappen.stream().mapToLong(s -> Math.max(nul(s.mediaanDagen()), nul(s.p80Dagen()))).max().orElse(1));
        return stappen.stream().map(s -> new Stapstaaf(s.van() + " → " + s.naar(), s.mediaanDagen(), s.p80Dagen(),
                (int) (400 * nul(s.mediaanDagen()) / grootste), (int) (400 * nul(s.p80Dagen()) / grootste))).toList();
    }

    @Override
    public String dichtTekst() {
        return mediaan == null ? "mediaan: nog geen zaken" : "mediaan " + Staaf.getal(mediaan) + " dagen";
    }

    @Override
    public String openTekst() {
        return p80 == null ? "8 van de 10: nog geen zaken" : "8 van de 10 binnen " + Staaf.getal(p80) + " dagen";
    }

    private static long nul(Long waarde) {
        return waarde == null ? 0 : waarde;
    }
}
