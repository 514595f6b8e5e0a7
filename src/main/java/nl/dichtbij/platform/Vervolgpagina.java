package nl.dichtbij.platform;

import java.util.List;

/**
 * One page of a long list read in its order by seek paging: the page after {@code volgende} starts right after its
 * last row, so a page deep in the list costs what the first costs. {@code vanaf} counts the rows before this page.
 */
public record Vervolgpagina<T>(List<T> inhoud, long vanaf, int grootte, long totaal, String volgende) {

    public boolean heeftVolgende() {
        return volgende != null;
    }

    public boolean isEerste() {
        return vanaf == 0;
    }

    /** The number of the page when every page has this size: for clients that still ask by page number. */
    public int pagina() {
        return (int) (vanaf / grootte);
    }

    public int aantalPaginas() {
        return (int) Math.max(1, (totaal + grootte - 1) / grootte);
    }
}
