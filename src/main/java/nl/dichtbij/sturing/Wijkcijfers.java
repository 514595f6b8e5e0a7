package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the wijkanalyse: a wijk (with its kern), a kern (wijk null) or the whole municipality (both null).
 * Population, stacking, meldingen and flow, care and money of one year side by side. A value is null when there
 * is nothing to compute it from, or when it is suppressed: then its name is in {@link #onderdrukt()}.
 *
 * @param gesprekken             meldingen of the year with a first conversation (onderzoek) held
 * @param zakenMetStart          cases of the year's meldingen whose care started; the median is over these
 * @param clientenMetZorg        residents with a toewijzing running in the year
 * @param toegekendEuro          granted for declared care that started in the year
 */
public record Wijkcijfers(String kern, String wijk, Long inwoners, Long huishoudens, Long huishoudensMetVoorziening, Long drieOfMeer,
                          BigDecimal drieOfMeerPerDuizend, Long meldingen, BigDecimal meldingenPerDuizendInwoners, Long gesprekken,
                          BigDecimal procentGesprekBinnenTermijn, Long zakenMetStart, Long mediaanDagenTotStart, Long clientenMetZorg,
                          Long toegekendEuro, BigDecimal euroPerInwoner, List<String> onderdrukt) {

    /** The row as the council may see it: every count of 1 to 4 left out, and whatever is computed from it. */
    Wijkcijfers voorDeRaad() {
        boolean inw = klein(inwoners);
        boolean hh = klein(huishoudens);
        boolean drie = klein(drieOfMeer);
        boolean meld = klein(meldingen);
        boolean gespr = klein(gesprekken);
        boolean start = klein(zakenMetStart);
        boolean cl = klein(clientenMetZorg);
        List<String> weg = new ArrayList<>();
        return new Wijkcijfers(kern, wijk,
                weg(inw, inwoners, "inwoners", weg),
                weg(hh, huishoudens, "huishoudens", weg),
                weg(klein(huishoudensMetVoorziening), huishoudensMetVoorziening, "huishoudensMetVoorziening", weg),
                weg(drie, drieOfMeer, "drieOfMeer", weg),
                weg(drie || hh, drieOfMeerPerDuizend, "drieOfMeerPerDuizend", weg),
                weg(meld, meldingen, "meldingen", weg),
                weg(meld || inw, meldingenPerDuizendInwoners, "meldingenPerDuizendInwoners", weg),
                weg(gespr, gesprekken, "gesprekken", weg),
                weg(gespr, procentGesprekBinnenTermijn, "procentGesprekBinnenTermijn", weg),
                weg(start, zakenMetStart, "zakenMetStart", weg),
                weg(start, mediaanDagenTotStart, "mediaanDagenTotStart", weg),
                weg(cl, clientenMetZorg, "clientenMetZorg", weg),
                // the money of fewer than 5 clients tells what one resident's care cost
                weg(cl, toegekendEuro, "toegekendEuro", weg),
                weg(cl || inw, euroPerInwoner, "euroPerInwoner", weg),
                List.copyOf(weg));
    }

    public boolean isOnderdrukt(String veld) {
        return onderdrukt.contains(veld);
    }

    /** A count the council must not see: 1 to 4 (none at all identifies no one). */
    static boolean klein(Long aantal) {
        return aantal != null && aantal > 0 && aantal < Raadsoverzicht.MINIMUM;
    }

    private static <T> T weg(boolean onderdrukken, T waarde, String veld, List<String> weg) {
        if (onderdrukken && waarde != null) {
            weg.add(veld);
            return null;
        }
        return waarde;
    }
}
