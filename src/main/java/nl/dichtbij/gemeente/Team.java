package nl.dichtbij.gemeente;

public record Team(long id, String gemeenteCode, String naam, Doelgroep doelgroep) {
}
