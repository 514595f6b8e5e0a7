package nl.dichtbij.dossier;

import java.time.Instant;
import java.util.List;

/** Implemented by the module that owns the cases: which were closed before a moment, and under which law. */
public interface GeslotenZaken {

    record GeslotenZaak(long zaakId, long huishoudenId, boolean jeugd, Instant geslotenOp) {
    }

    List<GeslotenZaak> geslotenVoor(String gemeenteCode, Instant grens);
}
