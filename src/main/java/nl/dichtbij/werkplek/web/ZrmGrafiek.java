package nl.dichtbij.werkplek.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import nl.dichtbij.plan.Plannen;
import nl.dichtbij.zrm.ZrmMeting;

/**
 * A ZRM line chart drawn as SVG on the server: the professional's scores as a solid line with
 * circles, the resident's as a dashed line with squares, so it reads without colour. The numbers
 * stand in a table beside it.
 */
public record ZrmGrafiek(List<Punt> professional, List<Punt> inwoner, Integer doelscore, Double doelY, List<Punt> alle) {

    public static final int BREEDTE = 480;
    public static final int HOOGTE = 220;
    private static final int LINKS = 40;
    private static final int RECHTS = 20;
    private static final int BOVEN = 15;
    private static final int ONDER = 35;

    public record Punt(LocalDate datum, ZrmMeting.Door door, int score, double x, double y) {
    }

    public static ZrmGrafiek van(List<Plannen.ZrmPunt> punten, Integer doelscore) {
        if (punten.isEmpty()) {
            return new ZrmGrafiek(List.of(), List.of(), doelscore, doelscore == null ? null : y(doelscore), List.of());
        }
        LocalDate eerste = punten.getFirst().datum();
        LocalDate laatste = punten.stream().map(Plannen.ZrmPunt::datum).max(LocalDate::compareTo).orElse(eerste);
        long dagen = Math.max(1, ChronoUnit.DAYS.between(eerste, laatste));
        List<Punt> alle = punten.stream().map(p -> new Punt(p.datum(), p.door(), p.score(),
                LINKS + (BREEDTE - LINKS - RECHTS) * (double) ChronoUnit.DAYS.between(eerste, p.datum()) / dagen, y(p.score()))).toList();
        return new ZrmGrafiek(alle.stream().filter(p -> p.door() == ZrmMeting.Door.PROFESSIONAL).toList(),
                alle.stream().filter(p -> p.door() == ZrmMeting.Door.INWONER).toList(), doelscore,
                doelscore == null ? null : y(doelscore), alle);
    }

    private static double y(int score) {
        return BOVEN + (HOOGTE - BOVEN - ONDER) * (5 - score) / 4.0;
    }

    public double schaalY(int score) {
        return y(score);
    }

    public static String lijn(List<Punt> punten) {
        return punten.stream().map(p -> String.format(java.util.Locale.ROOT, "%.1f,%.1f", p.x(), p.y())).collect(Collectors.joining(" "));
    }

    public String lijnProfessional() {
        return lijn(professional);
    }

    public String lijnInwoner() {
        return lijn(inwoner);
    }

    public boolean leeg() {
        return alle.isEmpty();
    }

    public String beschrijving() {
        if (alle.isEmpty()) {
            return "Nog geen ZRM-scores.";
        }
        return "ZRM-scores over tijd: " + alle.stream().map(p -> p.door().label() + " " + p.datum() + ": " + p.score())
                .collect(Collectors.joining("; ")) + (doelscore == null ? "" : ". Doelscore " + doelscore + ".");
    }
}
