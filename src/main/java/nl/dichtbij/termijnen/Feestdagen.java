package nl.dichtbij.termijnen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days the Algemene termijnenwet (art. 3) and the Besluit ex artikel 3 treat as public
 * holidays: Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag, 5 mei, Hemelvaartsdag, Pinksteren
 * and Kerstmis. Computed per year, so no table needs maintaining.
 */
public final class Feestdagen {

    private Feestdagen() {
    }

    public static Map<LocalDate, String> van(int jaar) {
        LocalDate pasen = eerstePaasdag(jaar);
        Map<LocalDate, String> dagen = new TreeMap<>();
        dagen.put(LocalDate.of(jaar, Month.JANUARY, 1), "Nieuwjaarsdag");
        dagen.put(pasen.minusDays(2), "Goede Vrijdag");
        dagen.put(pasen, "Eerste Paasdag");
        dagen.put(pasen.plusDays(1), "Tweede Paasdag");
        dagen.put(koningsdag(jaar), "Koningsdag");
        dagen.put(LocalDate.of(jaar, Month.MAY, 5), "Bevrijdingsdag");
        dagen.put(pasen.plusDays(39), "Hemelvaartsdag");
        dagen.put(pasen.plusDays(49), "Eerste Pinksterdag");
        dagen.put(pasen.plusDays(50), "Tweede Pinksterdag");
        dagen.put(LocalDate.of(jaar, Month.DECEMBER, 25), "Eerste Kerstdag");
        dagen.put(LocalDate.of(jaar, Month.DECEMBER, 26), "Tweede Kerstdag");
        return dagen;
    }

    public static boolean isFeestdag(LocalDate dag) {
        return van(dag.getYear()).containsKey(dag);
    }

    public static boolean isWerkdag(LocalDate dag) {
        DayOfWeek weekdag = dag.getDayOfWeek();
        return weekdag != DayOfWeek.SATURDAY && weekdag != DayOfWeek.SUNDAY && !isFeestdag(dag);
    }

    /** King's Day is 27 April, or the 26th when the 27th falls on a Sunday. */
    static LocalDate koningsdag(int jaar) {
        LocalDate dag = LocalDate.of(jaar, Month.APRIL, 27);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
