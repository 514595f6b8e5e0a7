package nl.dichtbij.aanbod;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Wet;

/**
 * What contracts need to know of how they are carried out: the spend booked from declarations and how long residents wait
 * for a provider to start. The message traffic knows this and implements it (the dependency points from the messages to the
 * contracts, never back). No persons.
 */
public interface Uitvoeringscijfers {

    /** The amount granted on declarations of the provider in the municipality, under the law, for care delivered in the year. */
    default long besteedCenten(String gemeenteCode, String aanbiederAgb, Wet wet, int jaar) {
        return besteedCenten(gemeenteCode, aanbiederAgb, wet, jaar, null);
    }

    /** As above, for these products only (one contract's; null: every product): two contracts of one provider each count their own. */
    long besteedCenten(String gemeenteCode, String aanbiederAgb, Wet wet, int jaar, java.util.Collection<String> productcodes);

    /** Per provider (AGB): the amount granted in the municipality under the law for care delivered in the year. */
    Map<String, Long> besteedPerAanbieder(String gemeenteCode, int jaar);

    /**
     * The median number of days between the toewijzing (or its start date, when later) and the start of care, over the
     * provider's starts in the municipality during the year before {@code op}; null without starts.
     */
    Integer wachttijdDagen(String gemeenteCode, String aanbiederAgb, Wet wet, LocalDate op);

    /** As {@link #wachttijdDagen}, for every provider with starts in the municipality under the law at once (AGB → days). */
    Map<String, Integer> wachttijden(String gemeenteCode, Wet wet, LocalDate op);

    /** Declared amounts refused because the tariff was not the contracted one (TR418), per month of the year. */
    List<Geweigerd> geweigerdOpTarief(String gemeenteCode, int jaar);

    record Geweigerd(int maand, String aanbiederAgb, long aantal, long bedragCenten) {
    }
}
