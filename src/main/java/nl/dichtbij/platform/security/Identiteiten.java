package nl.dichtbij.platform.security;

import java.util.Map;
import java.util.Optional;

import nl.dichtbij.platform.Gebruiker;

/**
 * Turns the claims of an identity the broker vouched for (DigiD: a BSN; eHerkenning or the staff
 * IdP: an account name) into a Dichtbij user with role and municipality. Empty when the person is
 * not known to this installation.
 */
public interface Identiteiten {

    Optional<Gebruiker> vanClaims(Map<String, Object> claims);
}
