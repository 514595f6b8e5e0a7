package nl.dichtbij.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list; lists are always paged so they hold at national scale. */
public record Pagina<T>(List<T> inhoud, int pagina, int grootte, long totaal) {

    public static final int STANDAARD_GROOTTE = 25;

    public int aantalPaginas() {
        return (int) Math.max(1, (totaal + grootte - 1) / grootte);
    }

    public boolean heeftVolgende() {
        return pagina + 1 < aantalPaginas();
    }

    public boolean heeftVorige() {
        return pagina > 0;
    }

    public long offset() {
        return (long) pagina * grootte;
    }

    public <R> Pagina<R> map(Function<T, R> functie) {
        return new Pagina<>(inhoud.stream().map(functie).toList(), pagina, grootte, totaal);
    }

    /** A list short enough to show whole: one page holding all of it. */
    public static <T> Pagina<T> alles(List<T> inhoud) {
        return new Pagina<>(inhoud, 0, Math.max(1, inhoud.size()), inhoud.size());
    }

    public static int begrens(int grootte) {
        return Math.clamp(grootte, 1, 100);
    }
}
