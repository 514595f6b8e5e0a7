package nl.dichtbij.plan;

import java.time.Instant;
import java.util.List;

/** One plan per household: "1 huishouden, 1 plan, 1 regisseur". */
public record Ondersteuningsplan(long id, String gemeenteCode, long zaakId, long huishoudenId, int versienummer,
                                 String gewijzigdDoorNaam, Instant gewijzigdOp, Integer akkoordVersie, Instant akkoordOp,
                                 String akkoordDoorNaam, List<Doel> doelen) {

    /** The plan as one reader may see it: only the goals he may read. */
    public Ondersteuningsplan metDoelen(java.util.function.Predicate<Doel> zichtbaar) {
        return new Ondersteuningsplan(id, gemeenteCode, zaakId, huishoudenId, versienummer, gewijzigdDoorNaam, gewijzigdOp, akkoordVersie,
                akkoordOp, akkoordDoorNaam, doelen.stream().filter(zichtbaar).toList());
    }

    public boolean akkoordMetHuidigeVersie() {
        return akkoordVersie != null && akkoordVersie == versienummer;
    }

    public boolean informeelEnFormeel() {
        return doelen.stream().flatMap(d -> d.acties().stream()).anyMatch(a -> a.uitvoerder().informeel())
                && doelen.stream().flatMap(d -> d.acties().stream()).anyMatch(a -> !a.uitvoerder().informeel());
    }
}
