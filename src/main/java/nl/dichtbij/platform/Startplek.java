package nl.dichtbij.platform;

import java.util.Optional;

/**
 * A module's own first page for a signed-in user it recognises — a partner organisation, a gecertificeerde instelling —
 * before the role's usual start page. Modules offer one as a bean; the start page asks them all.
 */
public interface Startplek {

    Optional<String> voor(Gebruiker gebruiker);
}
