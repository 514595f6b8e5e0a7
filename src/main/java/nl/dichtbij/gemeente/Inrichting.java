package nl.dichtbij.gemeente;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.personen.Bsn;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up the installation for functional management: a municipality that joins, with its region and one social team
 * per target group, and the accounts of its staff and providers (who sign in with OpenID Connect and must have an account;
 * a password hash only where password login is on).
 */
@Service
public class Inrichting {

    private static final Set<Rol> MET_TEAM = Set.of(Rol.CONSULENT, Rol.TEAMLEIDER);

    /**
     * A new account. {@code team}: the target group of the team in the account's municipality, required for a consulent,
     * allowed for a teamleider; {@code bsn} only and always for a resident; {@code aanbiederAgb} only and always for a provider.
     */
    public record NieuwAccount(String gebruikersnaam, String naam, Rol rol, String gemeenteCode, Doelgroep team, String bsn,
                               String aanbiederAgb) {
    }

    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;

    Inrichting(JdbcClient jdbc, Gemeenten gemeenten) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
    }

    /**
     * Sets up a municipality (CBS code of four digits) in its region — the region is made when it is new — with one team per
     * target group, named after the municipality ("Jeugdteam Woerden").
     */
    @Transactional
    public Gemeente gemeenteInrichten(String regioCode, String regioNaam, String code, String naam) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (regioCode == null || !regioCode.matches("[A-Z0-9-]{2,40}") || regioNaam == null || regioNaam.isBlank()) {
            fouten.put("regio", "Vul de code (hoofdletters, cijfers en streepjes) en de naam van de regio in.");
        }
        if (code == null || !code.matches("\\d{4}")) {
            fouten.put("code", "De gemeentecode heeft vier cijfers (CBS).");
        } else if (gemeenten.vind(code).isPresent()) {
            fouten.put("code", "Gemeente " + code + " is al ingericht.");
        }
        if (naam == null || naam.isBlank() || naam.length() > 100) {
            fouten.put("naam", "Vul de naam van de gemeente in.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (jdbc.sql("select count(*) from regio where code = ?").param(regioCode).query(Long.class).single() == 0) {
            jdbc.sql("insert into regio (code, naam) values (?, ?)").params(regioCode, regioNaam.strip()).update();
        }
        jdbc.sql("insert into gemeente (code, naam, regio_code) values (?, ?, ?)").params(code, naam.strip(), regioCode).update();
        for (Doelgroep doelgroep : Doelgroep.values()) {
            jdbc.sql("insert into team (gemeente_code, naam, doelgroep) values (?, ?, ?)")
                    .params(code, doelgroep.team() + " " + naam.strip(), doelgroep.name()).update();
        }
        return gemeenten.vind(code).orElseThrow();
    }

    public boolean accountBestaat(String gebruikersnaam) {
        return jdbc.sql("select count(*) from account where gebruikersnaam = ?").param(gebruikersnaam).query(Long.class).single() > 0;
    }

    /**
     * Creates an account. {@code wachtwoordHash}: as the application's password encoder makes it ({@code {bcrypt}...}), for
     * password login where it is on; {@code null} for an account that signs in only with OpenID Connect.
     */
    @Transactional
    public void accountAanmaken(NieuwAccount account, String wachtwoordHash) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (account.gebruikersnaam() == null || !account.gebruikersnaam().matches("[a-z0-9._-]{2,100}")) {
            fouten.put("gebruikersnaam", "Een gebruikersnaam heeft 2 tot 100 kleine letters, cijfers, punten, streepjes of lage streepjes.");
        } else if (accountBestaat(account.gebruikersnaam())) {
            fouten.put("gebruikersnaam", "Er is al een account " + account.gebruikersnaam() + ".");
        }
        if (account.naam() == null || account.naam().isBlank() || account.naam().length() > 200) {
            fouten.put("naam", "Vul de naam in.");
        }
        if (account.rol() == null) {
            fouten.put("rol", "Kies een rol.");
        }
        if (account.gemeenteCode() == null || gemeenten.vind(account.gemeenteCode()).isEmpty()) {
            fouten.put("gemeente", "Kies een gemeente die is ingericht.");
        }
        if (account.team() != null && !MET_TEAM.contains(account.rol())) {
            fouten.put("team", "Alleen een consulent of teamleider hoort bij een team.");
        } else if (account.team() == null && account.rol() == Rol.CONSULENT) {
            fouten.put("team", "Kies het team van de consulent.");
        }
        if (account.rol() == Rol.INWONER ? !Bsn.isGeldig(account.bsn()) : account.bsn() != null) {
            fouten.put("bsn", "Een inwoner heeft een geldig BSN; een ander account geen.");
        }
        if (account.rol() == Rol.AANBIEDER ? account.aanbiederAgb() == null || !account.aanbiederAgb().matches("\\d{8}")
                : account.aanbiederAgb() != null) {
            fouten.put("aanbiederAgb", "Een zorgaanbieder heeft een AGB-code van 8 cijfers; een ander account geen.");
        }
        if (wachtwoordHash != null && !wachtwoordHash.matches("\\{[a-z0-9_-]+}.+")) {
            fouten.put("wachtwoord", "Geef het wachtwoord als hash van de wachtwoordcodering ({bcrypt}...), nooit leesbaar.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Long teamId = account.team() == null ? null : gemeenten.teamVoor(account.gemeenteCode(), account.team()).id();
        // a region's account belongs to the region of the municipality that employs its staff (docs/decisions/0033)
        String regio = account.rol() != Rol.REGIO ? null
                : jdbc.sql("select regio_code from gemeente where code = ?").param(account.gemeenteCode()).query(String.class).optional().orElse(null);
        if (account.rol() == Rol.REGIO && regio == null) {
            throw new OngeldigeInvoerException("gemeente", "Een account van de regio hoort bij een gemeente die in een regio ligt.");
        }
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, team_id, bsn, aanbieder_agb, regio_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(account.gebruikersnaam(), wachtwoordHash, account.naam().strip(), account.rol().name(), account.gemeenteCode(), teamId,
                        account.bsn(), account.aanbiederAgb(), regio)
                .update();
    }
}
