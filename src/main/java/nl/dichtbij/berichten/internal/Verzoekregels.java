package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.berichten.Toewijzing;

/**
 * The technical rules of iJw/iWmo 3.2 on a verzoek om wijziging (317) against the client's current toewijzingen at
 * this provider: pure, with a unit test per rule (VerzoekregelsTest). The rules on a verzoek om toewijzing (315) that
 * need the database (TR347 a reference used before, TR374 a verzoek still open, TR381 a product code) stay in
 * {@link Verzoekverwerking}.
 */
final class Verzoekregels {

    private Verzoekregels() {
    }

    /** Current: not withdrawn (RedenWijziging 13) and not ended before today. */
    static boolean actueel(Toewijzing t, LocalDate vandaag) {
        return !t.verwijderd() && (t.einddatum() == null || !t.einddatum().isBefore(vandaag));
    }

    /** TR350: a product the provider keeps unchanged is one of the current toewijzingen. */
    static Optional<Retourcode> ongewijzigdProduct(Set<Long> actueleNummers, Long toewijzingNummer) {
        return actueleNummers.contains(toewijzingNummer) ? Optional.empty() : Optional.of(Retourcode.ONGEWIJZIGD_PRODUCT_ZONDER_TOEWIJZING);
    }

    /** TR351: a product the provider wants changed is one of the current toewijzingen. */
    static Optional<Retourcode> teWijzigenProduct(Set<Long> actueleNummers, Long toewijzingNummer) {
        return actueleNummers.contains(toewijzingNummer) ? Optional.empty() : Optional.of(Retourcode.TE_WIJZIGEN_PRODUCT_ZONDER_TOEWIJZING);
    }

    /** TR349: the verzoek names every current toewijzing, as unchanged or to be changed (OP344: a VOW is answered as a whole). */
    static Optional<Retourcode> alleActueleProducten(Set<Long> actueleNummers, Collection<Long> genoemd) {
        return genoemd.containsAll(actueleNummers) ? Optional.empty() : Optional.of(Retourcode.NIET_ALLE_ACTUELE_PRODUCTEN);
    }
}
