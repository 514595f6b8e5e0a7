package nl.dichtbij.veiligheid;

/**
 * The afwegingskader of the meldcode (steps 4 and 5), as pure rules. A professional who sees acute or structural unsafety must
 * report to Veilig Thuis (melden is verplicht); when neither is there he may organise help himself. An unanswered question means
 * the weighing is not done.
 */
public final class Afwegingskader {

    private Afwegingskader() {
    }

    public enum Besluit {
        NOG_NIET_GEWOGEN("Nog niet gewogen: beantwoord bij stap 4 de twee vragen van het afwegingskader."),
        MELDEN_VERPLICHT("Melden bij Veilig Thuis is verplicht: er is acute of structurele onveiligheid."),
        HULP_ORGANISEREN("Geen acute of structurele onveiligheid: melden is niet verplicht. Organiseer passende hulp en volg of die werkt.");

        private final String tekst;

        Besluit(String tekst) {
            this.tekst = tekst;
        }

        public String tekst() {
            return tekst;
        }

        public boolean meldenVerplicht() {
            return this == MELDEN_VERPLICHT;
        }
    }

    /** The rule: acute or structural unsafety makes reporting compulsory; both answered no means help; otherwise not weighed. */
    public static Besluit besluit(Boolean acuteOnveiligheid, Boolean structureleOnveiligheid) {
        if (Boolean.TRUE.equals(acuteOnveiligheid) || Boolean.TRUE.equals(structureleOnveiligheid)) {
            return Besluit.MELDEN_VERPLICHT;
        }
        if (Boolean.FALSE.equals(acuteOnveiligheid) && Boolean.FALSE.equals(structureleOnveiligheid)) {
            return Besluit.HULP_ORGANISEREN;
        }
        return Besluit.NOG_NIET_GEWOGEN;
    }

    /** Reporting is compulsory and no referral to Veilig Thuis is recorded since the weighing. */
    public static boolean meldingOntbreekt(Besluit besluit, boolean gemeldSindsWeging) {
        return besluit.meldenVerplicht() && !gemeldSindsWeging;
    }
}
