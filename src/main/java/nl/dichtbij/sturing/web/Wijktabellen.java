package nl.dichtbij.sturing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import nl.dichtbij.sturing.Wijkanalyse;
import nl.dichtbij.sturing.Wijkcijfers;

/** The wijkanalyse as two tables (per wijk, per kern) and a bar chart per kern; a suppressed count reads "< 5", what follows from it "—". */
final class Wijktabellen {

    static final List<String> CODES = List.of("wijken", "kernen");
    static final String ONDERDRUKT = "< 5";
    static final String AFGELEID_ONDERDRUKT = "—";

    /** A column; {@code aantal} for a count (suppressed as "< 5"), not for a rate, median or amount computed from counts. */
    private record Kolom(String naam, String veld, boolean aantal, Function<Wijkcijfers, Object> waarde) {
    }

    private static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("Inwoners", "inwoners", true, Wijkcijfers::inwoners),
            new Kolom("Huishoudens", "huishoudens", true, Wijkcijfers::huishoudens),
            new Kolom("Huishoudens met een voorziening", "huishoudensMetVoorziening", true, Wijkcijfers::huishoudensMetVoorziening),
            new Kolom("Met 3 of meer voorzieningen", "drieOfMeer", true, Wijkcijfers::drieOfMeer),
            new Kolom("3 of meer per 1.000 huishoudens", "drieOfMeerPerDuizend", false, Wijkcijfers::drieOfMeerPerDuizend),
            new Kolom("Meldingen", "meldingen", true, Wijkcijfers::meldingen),
            new Kolom("Meldingen per 1.000 inwoners", "meldingenPerDuizendInwoners", false, Wijkcijfers::meldingenPerDuizendInwoners),
            new Kolom("Gesprekken", "gesprekken", true, Wijkcijfers::gesprekken),
            new Kolom("% gesprek binnen de wettelijke termijn", "procentGesprekBinnenTermijn", false, Wijkcijfers::procentGesprekBinnenTermijn),
            new Kolom("Zaken met start van de hulp", "zakenMetStart", true, Wijkcijfers::zakenMetStart),
            new Kolom("Mediaan dagen melding tot start", "mediaanDagenTotStart", false, Wijkcijfers::mediaanDagenTotStart),
            new Kolom("Cliënten met zorg", "clientenMetZorg", true, Wijkcijfers::clientenMetZorg),
            new Kolom("Toegekend (€)", "toegekendEuro", false, Wijkcijfers::toegekendEuro),
            new Kolom("€ per inwoner", "euroPerInwoner", false, Wijkcijfers::euroPerInwoner));

    private Wijktabellen() {
    }

    static Tabel tabel(Wijkanalyse.Overzicht o, String code) {
        boolean perWijk = code.equals("wijken");
        List<String> kolommen = new ArrayList<>(perWijk ? List.of("Wijk", "Kern") : List.of("Kern"));
        KOLOMMEN.forEach(k -> kolommen.add(k.naam()));
        List<List<Object>> rijen = new ArrayList<>();
        for (Wijkcijfers w : perWijk ? o.perWijk() : o.perKern()) {
            rijen.add(rij(w, perWijk ? Arrays.asList(w.wijk(), w.kern()) : List.of(w.kern())));
        }
        return new Tabel(perWijk ? "wijken" : "kernen", (perWijk ? "Per wijk, " : "Per kern, ") + o.jaar(), kolommen, rijen,
                rij(o.gemeente(), perWijk ? Arrays.asList("Gemeente", null) : List.of("Gemeente")));
    }

    private static List<Object> rij(Wijkcijfers w, List<Object> kop) {
        List<Object> rij = new ArrayList<>(kop);
        for (Kolom k : KOLOMMEN) {
            rij.add(!w.isOnderdrukt(k.veld()) ? k.waarde().apply(w) : k.aantal() ? ONDERDRUKT : AFGELEID_ONDERDRUKT);
        }
        return rij;
    }

    /** Two bars per kern: households with 3 or more provisions per 1,000 (solid) and meldingen per 1,000 inhabitants (dashed). */
    record Staaf(String kern, String drieOfMeer, int drieOfMeerBreedte, String meldingen, int meldingenBreedte) {
    }

    static List<Staaf> staven(Wijkanalyse.Overzicht o) {
        double grootste = 1;
        for (Wijkcijfers k : o.perKern()) {
            grootste = Math.max(grootste, Math.max(getal(k.drieOfMeerPerDuizend()), getal(k.meldingenPerDuizendInwoners())));
        }
        List<Staaf> staven = new ArrayList<>();
        for (Wijkcijfers k : o.perKern()) {
            staven.add(new Staaf(k.kern(),
                    "3 of meer voorzieningen: " + tekst(k, "drieOfMeerPerDuizend", k.drieOfMeerPerDuizend(), "huishoudens"),
                    (int) (400 * getal(k.drieOfMeerPerDuizend()) / grootste),
                    "meldingen: " + tekst(k, "meldingenPerDuizendInwoners", k.meldingenPerDuizendInwoners(), "inwoners"),
                    (int) (400 * getal(k.meldingenPerDuizendInwoners()) / grootste)));
        }
        return staven;
    }

    private static String tekst(Wijkcijfers k, String veld, java.math.BigDecimal waarde, String per) {
        if (k.isOnderdrukt(veld)) {
            return "niet getoond (minder dan 5)";
        }
        return waarde == null ? "geen gegevens" : Tabel.tekst(waarde) + " per 1.000 " + per;
    }

    private static double getal(java.math.BigDecimal waarde) {
        return waarde == null ? 0 : waarde.doubleValue();
    }
}
