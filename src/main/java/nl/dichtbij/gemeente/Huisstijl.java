package nl.dichtbij.gemeente;

/**
 * A municipality's look on its pages: its name in the header and its two colours, as NL Design System design tokens would
 * carry them (a main colour for buttons, a dark one for the header and links). {@code eigen} is false while the
 * municipality kept Dichtbij's own colours.
 */
public record Huisstijl(String gemeenteCode, String naam, String primair, String donker, boolean eigen) {

    /** Dichtbij's own colours (the Rijkshuisstijl blues of the NL Design System), for a municipality without its own. */
    public static final String STANDAARD_PRIMAIR = "#01689b";
    public static final String STANDAARD_DONKER = "#154273";

    /** Changes with the colours, so a browser fetches the style sheet again when they change. */
    public String versie() {
        return Integer.toHexString((primair + donker).hashCode());
    }
}
