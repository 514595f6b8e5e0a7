package nl.dichtbij.berichten;

/** The header names another provider than the one that signed in. */
public class AndereAfzenderException extends RuntimeException {

    public AndereAfzenderException(String afzender) {
        super("De afzender in het bericht (" + afzender + ") is niet de aanbieder die is ingelogd.");
    }
}
