package nl.dichtbij.gemeente.internal;

import java.util.Map;
import java.util.Optional;

import nl.dichtbij.personen.Bsn;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.security.Identiteiten;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Residents arrive with a {@code bsn} claim (DigiD through the broker) and are found in the
 * register of persons of one of the municipalities; staff and providers arrive with
 * {@code preferred_username} and must have an account.
 */
@Service
class OidcIdentiteiten implements Identiteiten {

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final AccountUserDetailsService accounts;

    OidcIdentiteiten(JdbcClient jdbc, PersonenRegister register, AccountUserDetailsService accounts) {
        this.jdbc = jdbc;
        this.register = register;
        this.accounts = accounts;
    }

    @Override
    public Optional<Gebruiker> vanClaims(Map<String, Object> claims) {
        Object bsn = claims.get("bsn");
        if (bsn instanceof String nummer && Bsn.isGeldig(nummer)) {
            return jdbc.sql("select code from gemeente order by code").query(String.class).list().stream()
                    .flatMap(gemeente -> register.persoon(gemeente, nummer).stream())
                    .findFirst()
                    .map(p -> new Gebruiker("bsn-" + Bsn.gemaskeerd(p.bsn()), null, p.naam(), Rol.INWONER, p.gemeenteCode(), null, p.bsn()));
        }
        Object gebruikersnaam = claims.get("preferred_username");
        if (gebruikersnaam instanceof String naam && !naam.isBlank()) {
            try {
                Gebruiker account = accounts.loadUserByUsername(naam);
                return Optional.of(new Gebruiker(account.gebruikersnaam(), null, account.naam(), account.rol(), account.gemeenteCode(),
                        account.teamId(), account.bsn(), account.organisatie(), null));
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
