package nl.dichtbij.sturing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.dichtbij.sturing.Uitkomstmonitor;
import nl.dichtbij.sturing.Uitkomstmonitor.Domein;
import nl.dichtbij.sturing.Uitkomstmonitor.Groep;
import nl.dichtbij.sturing.Uitkomstmonitor.Kant;
import nl.dichtbij.zrm.ZrmDomein;

/**
 * The outcome monitor as tables (on screen and as CSV/Excel, the same rows) and a chart of the change per domain: a suppressed
 * number of residents reads "< 5", a figure that follows from it "—".
 */
final class Uitkomsttabellen {

    static final List<String> CODES = List.of("groepen", "verdeling", "verandering");
    private static final String ONDERDRUKT = "< 5";
    private static final String WEG = "—";

    private Uitkomsttabellen() {
    }

    /** One row per group: how many residents each side scored and their mean change over all domains. */
    static Tabel groepen(Uitkomstmonitor.Overzicht o, String adres) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Groep g : o.groepen()) {
            List<Object> rij = new ArrayList<>();
            rij.add(new Tabel.Link(g.naam(), adres + "&groep=" + java.net.URLEncoder.encode(g.code(), java.nio.charset.StandardCharsets.UTF_8)
                    + "#verdeling"));
            rij.addAll(kantKort(g.professional()));
            rij.addAll(kantKort(g.inwoner()));
            rijen.add(rij);
        }
        List<Object> totaal = new ArrayList<>(List.of("De hele gemeente"));
        totaal.addAll(kantKort(o.gemeente().professional()));
        totaal.addAll(kantKort(o.gemeente().inwoner()));
        return new Tabel("groepen", "Per " + o.indeling().label().toLowerCase(java.util.Locale.ROOT), List.of(o.indeling().label(),
                "Gemeten, professional", "Met een latere meting, professional", "Gemiddelde verandering, professional", "Gemeten, zelf",
                "Met een latere meting, zelf", "Gemiddelde verandering, zelf"), rijen, totaal);
    }

    private static List<Object> kantKort(Kant k) {
        if (k.onderdrukt()) {
            return Arrays.asList(ONDERDRUKT, WEG, WEG);
        }
        long later = k.domeinen().stream().mapToLong(Domein::paren).max().orElse(0);
        return Arrays.asList(k.personen(), k.heeftCijfers() ? later : WEG, k.heeftCijfers() ? leeg(k.verandering()) : WEG);
    }

    /** Per domain the scores at intake (1 to 5) of both sides, with their means and the gap. */
    static Tabel verdeling(Groep g) {
        List<String> kolommen = new ArrayList<>(List.of("Domein"));
        for (String kant : List.of("professional", "zelf")) {
            for (int s = 1; s <= 5; s++) {
                kolommen.add("Score " + s + ", " + kant);
            }
            kolommen.add("Gemiddeld, " + kant);
        }
        kolommen.add("Verschil zelf min professional");
        List<List<Object>> rijen = new ArrayList<>();
        for (ZrmDomein d : ZrmDomein.values()) {
            List<Object> rij = new ArrayList<>(List.of(d.label()));
            rij.addAll(verdeling(g.professional(), d));
            rij.addAll(verdeling(g.inwoner(), d));
            rij.add(leeg(g.verschilBijIntake(d)));
            rijen.add(rij);
        }
        return new Tabel("verdeling", "Scores bij de intake: " + g.naam(), kolommen, rijen, null);
    }

    private static List<Object> verdeling(Kant k, ZrmDomein d) {
        List<Object> cellen = new ArrayList<>();
        Domein x = k.heeftCijfers() ? k.domein(d).orElse(null) : null;
        for (int s = 0; s < 5; s++) {
            cellen.add(x == null ? (k.onderdrukt() ? ONDERDRUKT : WEG) : x.verdeling().get(s));
        }
        cellen.add(x == null ? WEG : leeg(x.gemiddeldBijIntake()));
        return cellen;
    }

    /** Per domain, over the residents scored at intake and later: the mean first and latest score and the change, both sides. */
    static Tabel verandering(Groep g, boolean afgesloten) {
        List<String> kolommen = new ArrayList<>(List.of("Domein"));
        for (String kant : List.of("professional", "zelf")) {
            kolommen.addAll(List.of("Inwoners met 2 metingen, " + kant, "Gemiddeld eerst, " + kant, "Gemiddeld laatst, " + kant,
                    "Verandering, " + kant));
        }
        kolommen.add("Verschil zelf min professional, laatste meting");
        List<List<Object>> rijen = new ArrayList<>();
        for (ZrmDomein d : ZrmDomein.values()) {
            List<Object> rij = new ArrayList<>(List.of(d.label()));
            rij.addAll(verandering(g.professional(), d));
            rij.addAll(verandering(g.inwoner(), d));
            rij.add(leeg(g.verschilLaatste(d)));
            rijen.add(rij);
        }
        return new Tabel("verandering", (afgesloten ? "Verandering van de intake tot de meting bij het afsluiten: "
                : "Verandering van de intake tot de laatste meting: ") + g.naam(), kolommen, rijen, null);
    }

    private static List<Object> verandering(Kant k, ZrmDomein d) {
        Domein x = k.heeftCijfers() ? k.domein(d).orElse(null) : null;
        if (x == null) {
            return Arrays.asList(k.onderdrukt() ? ONDERDRUKT : WEG, WEG, WEG, WEG);
        }
        BigDecimal eerst = x.paren() == 0 ? null : BigDecimal.valueOf(x.somBasis()).divide(BigDecimal.valueOf(x.paren()), 1, java.math.RoundingMode.HALF_UP);
        return Arrays.asList(x.paren(), leeg(eerst), leeg(x.gemiddeldLaatste()), leeg(x.verandering()));
    }

    private static Object leeg(BigDecimal waarde) {
        return waarde == null ? WEG : waarde;
    }

    /**
     * A domain's change as two bars from a zero line in the middle: to the right better, to the left worse; solid the
     * professional's, dashed the resident's own, each with its number as text beside it, so the chart reads without colour.
     * Chart units: the zero line at {@link #NUL}, {@link #PER_PUNT} per point of change.
     */
    record Veranderstaaf(String naam, Balk professional, Balk zelf) {
    }

    /** One bar: where it starts, how wide, and its text with the side it stands on. */
    record Balk(int x, int breedte, String tekst, int tekstX, String anker) {

        static Balk van(BigDecimal verandering, String wie) {
            if (verandering == null) {
                return new Balk(NUL, 0, wie + ": geen cijfer", NUL + 6, "start");
            }
            int breedte = Math.min(NUL - 10, verandering.abs().multiply(BigDecimal.valueOf(PER_PUNT)).intValue());
            String tekst = wie + " " + Uitkomsttabellen.tekst(verandering);
            return verandering.signum() < 0 ? new Balk(NUL - breedte, breedte, tekst, NUL - breedte - 6, "end")
                    : new Balk(NUL, breedte, tekst, NUL + breedte + 6, "start");
        }
    }

    static final int NUL = 380;
    static final int PER_PUNT = 150;

    static List<Veranderstaaf> staven(Groep g) {
        if (!g.professional().heeftCijfers() && !g.inwoner().heeftCijfers()) {
            return List.of();
        }
        List<Veranderstaaf> staven = new ArrayList<>();
        for (ZrmDomein d : ZrmDomein.values()) {
            BigDecimal p = g.professional().heeftCijfers() ? g.professional().domein(d).map(Domein::verandering).orElse(null) : null;
            BigDecimal i = g.inwoner().heeftCijfers() ? g.inwoner().domein(d).map(Domein::verandering).orElse(null) : null;
            staven.add(new Veranderstaaf(d.label(), Balk.van(p, "professional"), Balk.van(i, "zelf")));
        }
        return staven;
    }

    static String tekst(BigDecimal v) {
        if (v == null) {
            return "geen cijfer";
        }
        String getal = v.abs().toPlainString().replace('.', ',');
        return v.signum() > 0 ? "+" + getal : v.signum() < 0 ? "−" + getal + " (achteruit)" : getal;
    }
}
