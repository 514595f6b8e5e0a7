package nl.dichtbij.gemeente;

import java.util.List;

/** A region of municipalities that buy and steer care together (e.g. Utrecht-West), with its member municipalities by name. */
public record Regio(String code, String naam, List<Gemeente> gemeenten) {

    public Regio {
        gemeenten = List.copyOf(gemeenten);
    }

    public boolean omvat(String gemeenteCode) {
        return gemeenten.stream().anyMatch(g -> g.code().equals(gemeenteCode));
    }
}
