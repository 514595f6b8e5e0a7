package nl.dichtbij.werkplek.web;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Wachtrij;

/**
 * How the professional wants to see his own meldingen on the werkbak: in which order and which of them. At most a hundred, so
 * sorted and filtered here; the team's queue keeps the order of its index (deadline first).
 */
final class MijnMeldingenWeergave {

    enum Volgorde {
        TERMIJN("Termijn die het eerst afloopt bovenaan", Comparator.comparing(Wachtrij.Regel::termijnEinde)),
        WACHT("Wacht het langst bovenaan", Comparator.comparing(Wachtrij.Regel::ontvangenOp)),
        NAAM("Achternaam van de inwoner", Comparator.comparing(Wachtrij.Regel::achternaam, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Wachtrij.Regel::naam, String.CASE_INSENSITIVE_ORDER));

        private final String label;
        private final Comparator<Wachtrij.Regel> volgorde;

        Volgorde(String label, Comparator<Wachtrij.Regel> volgorde) {
            this.label = label;
            this.volgorde = volgorde.thenComparing(Wachtrij.Regel::meldingId);
        }

        public String label() {
            return label;
        }
    }

    enum Filter {
        ALLE("Alle", r -> true),
        IN_GEVAAR("Termijn in gevaar of verlopen", r -> r.inGevaar() || r.verlopen()),
        SNEL("Dringend of deze week", r -> r.urgentie() == Urgentie.DRINGEND || r.urgentie() == Urgentie.SNEL);

        private final String label;
        private final Predicate<Wachtrij.Regel> houdt;

        Filter(String label, Predicate<Wachtrij.Regel> houdt) {
            this.label = label;
            this.houdt = houdt;
        }

        public String label() {
            return label;
        }
    }

    private MijnMeldingenWeergave() {
    }

    static List<Wachtrij.Regel> toon(List<Wachtrij.Regel> regels, Volgorde volgorde, Filter filter) {
        return regels.stream().filter(filter.houdt).sorted(volgorde.volgorde).toList();
    }
}
