package nl.dichtbij.besluit;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.dossier.Vertegenwoordigingsregel;
import nl.dichtbij.personen.Persoon;

/**
 * To whom a decision letter goes (docs/decisions/0006): a child under 16 does not act for himself, so the letter about
 * him goes to his parents, at his own address when a parent lives there; from 16 the young person gets his own letter. {@code over}: the
 * child the letter is about, when it is not the addressee; {@code adresVan}: whose address the letter carries.
 */
public record Geadresseerde(List<String> namen, Persoon adresVan, String over) {

    static Geadresseerde voor(Persoon betrokkene, List<Persoon> ouders, LocalDate datum) {
        if (betrokkene.leeftijdOp(datum) < Vertegenwoordigingsregel.ZELFSTANDIG_VANAF && !ouders.isEmpty()) {
            // the letter goes to the child's home: a parent he lives with, else (no parent at his address) the first
            Persoon thuis = ouders.stream().filter(o -> o.huishoudenId() == betrokkene.huishoudenId()).findFirst().orElse(ouders.getFirst());
            return new Geadresseerde(ouders.stream().map(Persoon::naam).toList(), thuis, betrokkene.naam());
        }
        return new Geadresseerde(List.of(betrokkene.naam()), betrokkene, null);
    }

    /** "Sanne de Wit" or "Sanne de Wit en Mark de Wit". */
    public String aanhef() {
        return String.join(" en ", namen);
    }
}
