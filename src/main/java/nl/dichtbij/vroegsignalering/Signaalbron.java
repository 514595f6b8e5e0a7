package nl.dichtbij.vroegsignalering;

/** A sender of signals in one municipality's register: a housing corporation, an energy or water company, a health insurer. */
public record Signaalbron(long id, String gemeenteCode, String naam, Bronsoort soort, boolean actief) {
}
