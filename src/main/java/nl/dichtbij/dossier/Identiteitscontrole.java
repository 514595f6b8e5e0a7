package nl.dichtbij.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.security.Pogingbegrenzer;

import org.springframework.stereotype.Service;

/**
 * The one place where a BSN with a birth date is checked as proof of who someone is: staff
 * registering a melding, a resident authorising someone, a provider's verzoek om toewijzing.
 * Every failure looks the same to the one who tried (unknown BSN, wrong birth date, someone of
 * another municipality: {@link #NIET_BRUIKBAAR}); failures are limited per account (or provider)
 * and per person, and each failed or refused check is a line in the Logboek dataverwerkingen.
 * So the check cannot be used to find out someone's birth date by trying.
 */
@Service
public class Identiteitscontrole {

    public static final String NIET_BRUIKBAAR = "Deze combinatie van BSN en geboortedatum kunnen we niet gebruiken. Controleer beide.";
    public static final String TE_VAAK = "U heeft te vaak een BSN en geboortedatum ingevuld die we niet konden gebruiken. "
            + "Daarom kunt u dit nu niet controleren. Probeer het later opnieuw. Is het dringend? Neem dan contact op met functioneel beheer van uw gemeente.";

    /** Failed checks by one account within an hour. */
    public static final int PER_GEBRUIKER_PER_UUR = 5;
    /** Failed checks on one person (BSN) within a day, by everyone together: stops guessing spread over accounts. */
    public static final int PER_PERSOON_PER_DAG = 3;
    /** Failed checks in verzoeken of one provider within a day. */
    public static final int PER_AANBIEDER_PER_DAG = 20;

    public enum Uitkomst { BRUIKBAAR, NIET_BRUIKBAAR, TE_VAAK }

    /** The outcome; the person only when the combination is right. */
    public record Controle(Uitkomst uitkomst, Persoon persoon) {

        public boolean bruikbaar() {
            return uitkomst == Uitkomst.BRUIKBAAR;
        }

        /** The message for the user when the check did not succeed; the same for every kind of failure. */
        public String melding() {
            return uitkomst == Uitkomst.TE_VAAK ? TE_VAAK : NIET_BRUIKBAAR;
        }
    }

    private final PersonenRegister register;
    private final Pogingbegrenzer begrenzer;
    private final DossierLog log;

    Identiteitscontrole(PersonenRegister register, Pogingbegrenzer begrenzer, DossierLog log) {
        this.register = register;
        this.begrenzer = begrenzer;
        this.log = log;
    }

    /**
     * Checks that a person with this BSN and birth date lives in the municipality. {@code waarvoor}
     * says in the Logboek what the check was for ("melding registreren").
     */
    public Controle controleer(Gebruiker wie, String gemeenteCode, String bsn, LocalDate geboortedatum, String waarvoor) {
        String schoon = bsn == null ? "" : bsn.replaceAll("[\\s.]", "");
        List<Pogingbegrenzer.Grens> grenzen = grenzen(wie, schoon);
        Optional<Pogingbegrenzer.Reservering> reservering = begrenzer.reserveren(grenzen);
        if (reservering.isEmpty()) {
            vastleggen(wie, gemeenteCode, schoon, "Controle van BSN en geboortedatum geweigerd (te vaak mislukt) bij " + waarvoor);
            return new Controle(Uitkomst.TE_VAAK, null);
        }
        Persoon persoon = geboortedatum == null ? null : register.persoon(gemeenteCode, schoon)
                .filter(p -> p.geboortedatum().equals(geboortedatum)).orElse(null);
        if (persoon == null) {
            vastleggen(wie, gemeenteCode, schoon, "Mislukte controle van BSN en geboortedatum bij " + waarvoor);
            return new Controle(Uitkomst.NIET_BRUIKBAAR, null);
        }
        begrenzer.teruggeven(reservering.get());
        return new Controle(Uitkomst.BRUIKBAAR, persoon);
    }

    /** Failed checks counted now for this account or provider: for tests and beheer. */
    public int mislukt(Gebruiker wie) {
        return begrenzer.aantal(wieGrens(wie));
    }

    private static List<Pogingbegrenzer.Grens> grenzen(Gebruiker wie, String bsn) {
        return List.of(wieGrens(wie), new Pogingbegrenzer.Grens("persoon:" + bsn, PER_PERSOON_PER_DAG, Duration.ofDays(1)));
    }

    private static Pogingbegrenzer.Grens wieGrens(Gebruiker wie) {
        return wie.is(Rol.AANBIEDER) && wie.organisatie() != null
                ? new Pogingbegrenzer.Grens("aanbieder:" + wie.organisatie(), PER_AANBIEDER_PER_DAG, Duration.ofDays(1))
                : new Pogingbegrenzer.Grens("gebruiker:" + wie.gebruikersnaam().toLowerCase(), PER_GEBRUIKER_PER_UUR, Duration.ofHours(1));
    }

    private void vastleggen(Gebruiker wie, String gemeenteCode, String bsn, String grondslag) {
        log.vastleggen(wie, gemeenteCode, List.of(bsn.isEmpty() ? "onbekend" : bsn.length() > 9 ? bsn.substring(0, 9) : bsn), Dossierdeel.PERSONALIA, Handeling.CONTROLE_MISLUKT, grondslag);
    }
}
