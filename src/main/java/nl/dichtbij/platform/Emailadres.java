package nl.dichtbij.platform;

/** What every form of Dichtbij accepts as an e-mail address: something@domain.tld; the real check is that mail arrives. */
public final class Emailadres {

    private static final java.util.regex.Pattern VORM = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Emailadres() {
    }

    public static boolean isGeldig(String adres) {
        return adres != null && VORM.matcher(adres).matches();
    }
}
