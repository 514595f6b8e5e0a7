package nl.dichtbij.platform;

/**
 * Thrown when something does not exist <em>for the current user</em>: another resident's
 * melding or another municipality's case is reported as absent, never as forbidden.
 */
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String wat) {
        super(wat + " is niet gevonden.");
    }
}
