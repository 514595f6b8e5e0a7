package nl.dichtbij.platform;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: role, municipality and (for staff) team. Every query on personal
 * data is scoped by {@link #gemeenteCode()}.
 */
public record Gebruiker(
        String gebruikersnaam,
        String wachtwoordHash,
        String naam,
        Rol rol,
        String gemeenteCode,
        Long teamId,
        String bsn) implements UserDetails {

    public boolean is(Rol andere) {
        return rol == andere;
    }

    public boolean isMedewerker() {
        return rol == Rol.CONSULENT || rol == Rol.TEAMLEIDER;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(rol.authority()));
    }

    @Override
    public String getPassword() {
        return wachtwoordHash;
    }

    @Override
    public String getUsername() {
        return gebruikersnaam;
    }
}
