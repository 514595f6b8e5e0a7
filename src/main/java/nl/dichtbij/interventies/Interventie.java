package nl.dichtbij.interventies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.Set;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.platform.Bedrag;

/**
 * An intervention of the municipality's register. {@code aanbieders} are the providers that offer it, by name;
 * {@code productcodes} the products of the municipality's list that deliver it. A vervallen intervention is no longer
 * offered; it stays, so what named it keeps its meaning.
 */
public record Interventie(long id, String gemeenteCode, String naam, String beschrijving, String doelgroep, String uitsluitingscriteria,
                          Effectniveau effectniveau, String bron, BigDecimal prijs, String prijseenheid, Integer capaciteit,
                          List<Aanbieder> aanbieders, Set<String> productcodes, boolean actief, long versie, String gewijzigdDoor,
                          Instant gewijzigdOp) {

    public Interventie {
        aanbieders = List.copyOf(aanbieders);
        productcodes = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(productcodes));
    }

    /** The AGB codes of the providers that offer it, in the order of their names. */
    public SequencedSet<String> aanbiederAgbs() {
        LinkedHashSet<String> agbs = new LinkedHashSet<>();
        aanbieders.forEach(a -> agbs.add(a.agbCode()));
        return Collections.unmodifiableSequencedSet(agbs);
    }

    /** "€ 1.250,00 per traject", or "Niet bekend". */
    public String prijsTekst() {
        if (prijs == null) {
            return "Niet bekend";
        }
        if (prijs.signum() == 0) {
            return "Geen prijs per cliënt";
        }
        return Bedrag.tekst(prijs) + (prijseenheid == null ? "" : " " + prijseenheid);
    }

    /** "12 cliënten tegelijk", or "Niet vastgelegd". */
    public String capaciteitTekst() {
        if (capaciteit == null) {
            return "Niet vastgelegd";
        }
        return capaciteit + (capaciteit == 1 ? " cliënt" : " cliënten") + " tegelijk";
    }

    /** "Jeugdhulp Voorbeeld B.V., Zorg Dichtbij Woerden", or "Geen aanbieder vastgelegd". */
    public String aanbiedersTekst() {
        return aanbieders.isEmpty() ? "Geen aanbieder vastgelegd" : String.join(", ", aanbieders.stream().map(Aanbieder::naam).toList());
    }
}
