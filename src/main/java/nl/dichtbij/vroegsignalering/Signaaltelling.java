package nl.dichtbij.vroegsignalering;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of vroegsignalering per month of receipt, without naming anyone: signals received, households reached,
 * help accepted, the median number of days from receipt to the first contact, and how many who accepted help stopped
 * (drop-out). Counts from 1 to 4 are shown as "< 5"; a column's total is left out when a month of it is, so the small number
 * cannot be worked out; a median over fewer than 5 contacts is not shown.
 */
public final class Signaaltelling {

    public static final int DREMPEL = 5;

    private Signaaltelling() {
    }

    /** One signal as the figures know it: no household, no BSN. */
    public record Rij(LocalDate ontvangen, LocalDate eersteContact, Uitkomst uitkomst, LocalDate gestoptOp) {
    }

    public record Maand(YearMonth maand, int ontvangen, int bereikt, int aangenomen, int gestopt, Double mediaanDagen, int metContact) {
    }


    /** The twelve months of the year (up to the current month) and the year as a whole. */
    public static List<Maand> perMaand(int jaar, List<Rij> rijen, YearMonth totEnMet) {
        List<Maand> maanden = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth maand = YearMonth.of(jaar, m);
            if (maand.isAfter(totEnMet)) {
                break;
            }
            maanden.add(tel(maand, rijen.stream().filter(r -> YearMonth.from(r.ontvangen()).equals(maand)).toList()));
        }
        return maanden;
    }

    public static Maand tel(YearMonth maand, List<Rij> rijen) {
        int bereikt = 0;
        int aangenomen = 0;
        int gestopt = 0;
        List<Long> dagen = new ArrayList<>();
        for (Rij r : rijen) {
            if (r.eersteContact() != null) {
                bereikt++;
                dagen.add(ChronoUnit.DAYS.between(r.ontvangen(), r.eersteContact()));
            }
            if (r.uitkomst() == Uitkomst.HULP_AANGENOMEN) {
                aangenomen++;
                if (r.gestoptOp() != null) {
                    gestopt++;
                }
            }
        }
        return new Maand(maand, rijen.size(), bereikt, aangenomen, gestopt, mediaan(dagen), dagen.size());
    }

    /** The middle value, or the mean of the two middle ones; {@code null} for none. */
    public static Double mediaan(List<Long> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        List<Long> gesorteerd = waarden.stream().sorted().toList();
        int n = gesorteerd.size();
        return n % 2 == 1 ? gesorteerd.get(n / 2).doubleValue() : (gesorteerd.get(n / 2 - 1) + gesorteerd.get(n / 2)) / 2.0;
    }

    /** A count as shown: 1 to 4 as "< 5". */
    public static String aantal(int n) {
        return n > 0 && n < DREMPEL ? "< " + DREMPEL : String.valueOf(n);
    }

    /** A column's total, left out ("weggelaten") when one of its months shows "< 5". */
    public static String totaal(int totaal, List<Integer> maanden) {
        return maanden.stream().anyMatch(n -> n > 0 && n < DREMPEL) ? "weggelaten" : String.valueOf(totaal);
    }

    /** The median as shown: only over 5 or more first contacts, whole days or one decimal ("3,5"). */
    public static String mediaan(Double dagen, int metContact) {
        if (dagen == null || metContact < DREMPEL) {
            return metContact == 0 ? "–" : "te weinig";
        }
        return dagen % 1 == 0 ? String.valueOf(dagen.longValue()) : String.valueOf(dagen).replace('.', ',');
    }
}
