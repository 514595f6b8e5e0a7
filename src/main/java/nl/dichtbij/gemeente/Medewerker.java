package nl.dichtbij.gemeente;

import nl.dichtbij.platform.Rol;

/** A professional as other modules see him: no password, no personal data beyond the name. */
public record Medewerker(String gebruikersnaam, String naam, Rol rol, String gemeenteCode, Long teamId) {
}
