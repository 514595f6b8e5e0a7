package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Contracten.Afspraak;
import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.platform.Formaat;

/**
 * The rules of the bulk transfer at a contract's end (issue 16), pure so each has a unit test (OverdrachtregelsTest). A
 * toewijzing of the old provider that runs beyond the contract's last day moves to the successor when the successor has a
 * contract for its product on the day after, in a bekostigingsvorm that fits the toewijzing's omvang; otherwise it stays
 * where it is, with the reason in plain Dutch.
 */
public final class Overdrachtregels {

    private Overdrachtregels() {
    }

    /** What happens to one toewijzing; {@code uitleg} is what beleid reads in the preview. */
    public record Beoordeling(boolean overdraagbaar, String uitleg) {
    }

    /** Does the toewijzing still run after the contract's last day (and was it not withdrawn)? Only those are looked at. */
    public static boolean looptDoor(Toewijzing t, LocalDate laatsteDag) {
        return !t.verwijderd() && (t.einddatum() == null || t.einddatum().isAfter(laatsteDag));
    }

    /** The day the successor takes over: the day after the old contract's last day. */
    public static LocalDate overgangsdag(LocalDate laatsteDag) {
        return laatsteDag.plusDays(1);
    }

    /** As below, for a successor whose contract has no end date. */
    public static Beoordeling beoordeel(Toewijzing t, LocalDate laatsteDag, String opvolgerNaam, Optional<Afspraak> afspraak) {
        return beoordeel(t, laatsteDag, opvolgerNaam, afspraak, null);
    }

    /**
     * What happens to the toewijzing when {@code opvolgerNaam} takes over; {@code opvolgerEinde} is the last day of the
     * successor's contract (null: none), past which the new toewijzing does not run.
     */
    public static Beoordeling beoordeel(Toewijzing t, LocalDate laatsteDag, String opvolgerNaam, Optional<Afspraak> afspraak,
                                        LocalDate opvolgerEinde) {
        LocalDate dag = overgangsdag(laatsteDag);
        if (!looptDoor(t, laatsteDag)) {
            return niet("Deze toewijzing loopt niet na " + Formaat.lang(laatsteDag) + " door. Er valt niets over te dragen.");
        }
        if (t.levering() == Levering.GESTOPT) {
            return niet("De aanbieder is al gestopt met de hulp" + (t.leveringEinddatum() == null ? "" : " op " + Formaat.lang(t.leveringEinddatum()))
                    + ". Er valt niets over te dragen.");
        }
        if (t.ingangsdatum().isAfter(laatsteDag)) {
            return niet("Deze toewijzing begint pas na de laatste dag van het contract. Wijzig het besluit of trek de toewijzing in.");
        }
        if (t.productcode() == null) {
            return niet("Deze toewijzing noemt alleen een productcategorie. Alleen een toewijzing met een productcode gaat over.");
        }
        if (geheleOmvang(t)) {
            // the old toewijzing keeps its whole amount: copied, both providers could declare all of it
            return niet(GEHELE_OMVANG);
        }
        if (afspraak.isEmpty()) {
            return niet(opvolgerNaam + " heeft op " + Formaat.lang(dag) + " geen contract voor product " + t.productcode()
                    + " in uw gemeente. Deze toewijzing blijft bij de huidige aanbieder.");
        }
        Bekostigingsvorm vorm = afspraak.get().bekostigingsvorm();
        boolean past = vorm == Bekostigingsvorm.TAAK ? t.eenheid() == null
                : t.eenheid() != null && vorm.toewijzingEenheden().contains(t.eenheid());
        if (!past) {
            return niet("Bij " + opvolgerNaam + " is product " + t.productcode() + " " + vorm.label().toLowerCase() + " (" + vorm.uitleg()
                    + "). Deze toewijzing heeft een andere omvang. Dan is een nieuw besluit nodig.");
        }
        if (vorm.heeftTarief() && afspraak.get().tarief() == null) {
            return niet("De nieuwe aanbieder heeft op die dag geen tarief voor dit product (" + opvolgerNaam + ", " + t.productcode() + " op "
                    + Formaat.lang(dag) + "). Deze toewijzing blijft bij de huidige aanbieder.");
        }
        LocalDate einde = nieuweEinddatum(t, opvolgerEinde);
        String tot = einde == null ? ", zonder einddatum."
                : " tot en met " + Formaat.lang(einde) + (Objects.equals(einde, t.einddatum()) ? "." : " (einde van het contract van de nieuwe aanbieder).");
        return new Beoordeling(true, "Stopt bij " + t.aanbiederNaam() + " na " + Formaat.lang(laatsteDag) + ". " + opvolgerNaam + " gaat verder vanaf "
                + Formaat.lang(dag) + tot);
    }

    /** Why a budget or a volume for the whole period does not move. */
    public static final String GEHELE_OMVANG = "Nieuw besluit nodig: het budget of het totale volume kan niet zomaar over twee aanbieders "
            + "worden verdeeld.";

    /**
     * A budget (taakgericht), an amount in euros (WJ756 83) or a volume for the whole period (WMO757 frequentie 6, totaal binnen
     * geldigheidsduur): an amount for the toewijzing's whole run, not per week or month.
     */
    public static boolean geheleOmvang(Toewijzing t) {
        return t.budgetCenten() != null || "83".equals(t.eenheid()) || "6".equals(t.frequentie());
    }

    /** The new toewijzing's end: the old one's, but not past the last day of the successor's contract. */
    public static LocalDate nieuweEinddatum(Toewijzing t, LocalDate opvolgerEinde) {
        if (opvolgerEinde == null) {
            return t.einddatum();
        }
        return t.einddatum() == null || opvolgerEinde.isBefore(t.einddatum()) ? opvolgerEinde : t.einddatum();
    }

    private static Beoordeling niet(String uitleg) {
        return new Beoordeling(false, uitleg);
    }
}
