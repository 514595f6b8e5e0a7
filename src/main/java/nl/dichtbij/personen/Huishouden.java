package nl.dichtbij.personen;

import java.util.List;

/** The people registered at one address. */
public record Huishouden(long id, String gemeenteCode, Adres adres, List<Persoon> leden) {
}
