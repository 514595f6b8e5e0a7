package nl.dichtbij.participatie;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How residents moved on the participatieladder in a year: for everyone with a step recorded that year, the last step of
 * the year against where he stood before it (his last step before 1 January, or, new on the ladder, his first step that
 * year). Pure, so each rule has its own fast test.
 */
public final class Ladderbeweging {

    private Ladderbeweging() {
    }

    /** One recorded step; {@code volgorde} orders two steps of the same day (the later recorded counts). */
    public record Meting(String persoon, Trede trede, LocalDate datum, long volgorde) {
    }

    /** Residents who went up, stayed, went down, and where they all stood at the end of the year. */
    public record Uitkomst(int jaar, int omhoog, int gelijk, int omlaag, Map<Trede, Integer> stand) {

        public int totaal() {
            return omhoog + gelijk + omlaag;
        }
    }

    private static final Comparator<Meting> TIJD = Comparator.comparing(Meting::datum).thenComparingLong(Meting::volgorde);

    /** The movement in {@code jaar} over the steps of any residents (steps after the year are left out). */
    public static Uitkomst van(int jaar, Collection<Meting> metingen) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate einde = LocalDate.of(jaar, 12, 31);
        int omhoog = 0;
        int gelijk = 0;
        int omlaag = 0;
        Map<Trede, Integer> stand = new EnumMap<>(Trede.class);
        Map<String, List<Meting>> perPersoon = metingen.stream().filter(m -> !m.datum().isAfter(einde))
                .collect(java.util.stream.Collectors.groupingBy(Meting::persoon));
        for (List<Meting> eigen : perPersoon.values()) {
            List<Meting> inJaar = eigen.stream().filter(m -> !m.datum().isBefore(begin)).sorted(TIJD).toList();
            if (inJaar.isEmpty()) {
                continue;
            }
            Optional<Meting> daarvoor = eigen.stream().filter(m -> m.datum().isBefore(begin)).max(TIJD);
            Trede van = daarvoor.orElse(inJaar.getFirst()).trede();
            Trede naar = inJaar.getLast().trede();
            if (naar.nummer() > van.nummer()) {
                omhoog++;
            } else if (naar.nummer() < van.nummer()) {
                omlaag++;
            } else {
                gelijk++;
            }
            stand.merge(naar, 1, Integer::sum);
        }
        return new Uitkomst(jaar, omhoog, gelijk, omlaag, stand);
    }
}
