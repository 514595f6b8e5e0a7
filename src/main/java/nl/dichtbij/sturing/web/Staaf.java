package nl.dichtbij.sturing.web;

/**
 * One row of the shared bar chart ({@code sturing/tabel :: grafiek}): a solid bar and an open, dashed bar, each with its number
 * as text beside it, so the chart reads without colour. Widths are in chart units, at most 400.
 */
interface Staaf {

    String naam();

    int dichtBreedte();

    String dichtTekst();

    int openBreedte();

    String openTekst();

    /** Dutch thousands separator, as on the rest of the page: 1.234. */
    static String getal(long waarde) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", waarde);
    }
}
