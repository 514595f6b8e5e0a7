package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;

/**
 * The rules on start (305) and stop (307) of delivery, pure: one current start per toewijzing (OP289, TR074, TR326);
 * a stop refers to the current start with the same begin date (OP155, TR069, TR413–TR415); StatusAanlevering 3
 * withdraws an earlier start or stop (TR063, TR071); StatusAanlevering 2 (and 9) is not allowed here (OP033x2).
 * Each product gives either a return code or one change to the starts; {@link Regieberichten} stores it.
 */
final class Leveringsregels {

    private static final String TIJDELIJK = "20";

    private Leveringsregels() {
    }

    /** A registered start of delivery and the stop that closed it (if any). */
    record Start(long id, LocalDate begindatum, LocalDate einddatum, String redenBeeindiging) {
    }

    /** What one start or stop product does. */
    sealed interface Besluit permits Afgekeurd, NieuweStart, StartVerwijderd, Gestopt, StopVerwijderd {
    }

    record Afgekeurd(Retourcode code) implements Besluit {
    }

    record NieuweStart(LocalDate begindatum) implements Besluit {
    }

    record StartVerwijderd(Start start) implements Besluit {
    }

    record Gestopt(Start start, LocalDate einddatum, String reden) implements Besluit {
    }

    record StopVerwijderd(Start start) implements Besluit {
    }

    /** A start product; {@code huidige}: the toewijzing's starts that are not withdrawn, latest first. */
    static Besluit start(Toewijzing t, List<Start> huidige, LocalDate begin, String statusAanlevering) {
        if (!toegestaan(statusAanlevering)) {
            return new Afgekeurd(Retourcode.TECHNISCH_AFGEKEURD);
        }
        Optional<Start> zelfde = metBegin(huidige, begin);
        if (verwijderen(statusAanlevering)) {
            if (zelfde.isEmpty()) {
                return new Afgekeurd(Retourcode.GEEN_EERDER_BERICHT);
            }
            return zelfde.get().einddatum() != null ? new Afgekeurd(Retourcode.ZORG_AL_BEEINDIGD) : new StartVerwijderd(zelfde.get());
        }
        if (zelfde.isPresent()) {
            return new Afgekeurd(Retourcode.ZELFDE_SLEUTEL_AL_ONTVANGEN);
        }
        if (begin.isBefore(t.ingangsdatum()) || (t.einddatum() != null && begin.isAfter(t.einddatum())) || t.verwijderd()) {
            return new Afgekeurd(Retourcode.GEEN_TOEWIJZING_BIJ_REGIEBERICHT);
        }
        // the latest start that still runs or is only interrupted (reden 20) decides whether a new start may follow
        Optional<Start> lopend = huidige.stream().filter(s -> s.einddatum() == null || TIJDELIJK.equals(s.redenBeeindiging())).findFirst();
        if (lopend.isPresent() && lopend.get().einddatum() == null) {
            return new Afgekeurd(Retourcode.LEVERING_NIET_GESTOPT);
        }
        return new NieuweStart(begin);
    }

    /** A stop product for the start with begin date {@code begin}. */
    static Besluit stop(List<Start> huidige, LocalDate begin, LocalDate einde, String reden, String statusAanlevering) {
        if (!toegestaan(statusAanlevering)) {
            return new Afgekeurd(Retourcode.TECHNISCH_AFGEKEURD);
        }
        Optional<Start> start = metBegin(huidige, begin);
        if (verwijderen(statusAanlevering)) {
            return start.isEmpty() || start.get().einddatum() == null ? new Afgekeurd(Retourcode.GEEN_EERDER_BERICHT)
                    : new StopVerwijderd(start.get());
        }
        if (start.isEmpty()) {
            return new Afgekeurd(Retourcode.GEEN_ACTUEEL_STARTBERICHT);
        }
        Start s = start.get();
        if (s.einddatum() != null) {
            if (!TIJDELIJK.equals(s.redenBeeindiging())) {
                return new Afgekeurd(Retourcode.AL_GESTOPT);
            }
            if (TIJDELIJK.equals(reden)) {
                return new Afgekeurd(Retourcode.AL_GESTOPT_MET_REDEN_20);
            }
            if (einde.isBefore(s.einddatum())) {
                return new Afgekeurd(Retourcode.EINDDATUM_VOOR_EERDERE_STOP);
            }
        }
        if (einde.isBefore(begin)) {
            return new Afgekeurd(Retourcode.EINDDATUM_VOOR_EERDERE_STOP);
        }
        return new Gestopt(s, einde, reden);
    }

    /** The delivery status the regisseur and the resident see, from the latest current start and its stop. */
    static Levering levering(Optional<Start> laatste) {
        return laatste.map(s -> s.einddatum() == null ? Levering.GESTART
                : TIJDELIJK.equals(s.redenBeeindiging()) ? Levering.TIJDELIJK_GESTOPT : Levering.GESTOPT).orElse(Levering.NIET_GESTART);
    }

    private static Optional<Start> metBegin(List<Start> huidige, LocalDate begin) {
        return huidige.stream().filter(s -> s.begindatum().equals(begin)).findFirst();
    }

    private static boolean toegestaan(String statusAanlevering) {
        return !"2".equals(statusAanlevering) && !"9".equals(statusAanlevering);
    }

    private static boolean verwijderen(String statusAanlevering) {
        return "3".equals(statusAanlevering);
    }
}
