package nl.dichtbij.gemeente.internal;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Gebruiker loadUserByUsername(String gebruikersnaam) {
        return jdbc.sql("select gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, team_id, bsn, aanbieder_agb from account where gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query((rs, i) -> new Gebruiker(rs.getString("gebruikersnaam"), rs.getString("wachtwoord_hash"),
                        rs.getString("naam"), Rol.valueOf(rs.getString("rol")), rs.getString("gemeente_code"),
                        rs.getObject("team_id", Long.class), rs.getString("bsn"), rs.getString("aanbieder_agb"), null))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
    }
}
