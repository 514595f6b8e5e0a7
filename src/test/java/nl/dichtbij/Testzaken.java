package nl.dichtbij;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The people and the case a test of the chain starts from: the demo consulent of a team, his case, a resident who signs in. */
public final class Testzaken {

    private Testzaken() {
    }

    /** The demo account of the team's consulent ({@code jeugdconsulent} or {@code wmoconsulent}). */
    public static Gebruiker consulent(Gemeenten gemeenten, Doelgroep team) {
        boolean jeugd = team == Doelgroep.JEUGD;
        return new Gebruiker(jeugd ? "jeugdconsulent" : "wmoconsulent", null, jeugd ? "Jasmijn Bakker" : "Willem Visser", Rol.CONSULENT, "0632",
                gemeenten.teamVoor("0632", team).id(), null);
    }

    /** The demo account of Woerden's teamleider, as the application knows him (his team, if any, from the account). */
    public static Gebruiker teamleider(Gemeenten gemeenten) {
        var account = gemeenten.medewerker("teamleider").orElseThrow();
        return new Gebruiker(account.gebruikersnaam(), null, account.naam(), Rol.TEAMLEIDER, "0632", account.teamId(), null);
    }

    /** The household's case with that team, after the consulent's intake: he is the regisseur. */
    public static Zaak open(Zaken zaken, Gemeenten gemeenten, Doelgroep team, long huishouden) {
        return zaken.intakeGedaan(consulent(gemeenten, team), zaken.voorHuishouden("0632", huishouden, gemeenten.teamVoor("0632", team).id()).id());
    }

    /** An account for this resident with the demo password, so a test can sign in as him ({@link Inloggen}). */
    public static Gebruiker inwonerMetAccount(JdbcClient jdbc, PasswordEncoder wachtwoorden, Persoon persoon) {
        String gebruikersnaam = "test-" + persoon.bsn();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, bsn) values (?, ?, ?, 'INWONER', ?, ?)")
                .params(gebruikersnaam, wachtwoorden.encode("demo"), persoon.naam(), persoon.gemeenteCode(), persoon.bsn()).update();
        return new Gebruiker(gebruikersnaam, null, persoon.naam(), Rol.INWONER, persoon.gemeenteCode(), null, persoon.bsn());
    }
}
