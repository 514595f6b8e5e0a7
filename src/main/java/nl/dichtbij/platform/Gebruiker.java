package nl.dichtbij.platform;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: role, municipality and (for staff) team, (for providers) the AGB code
 * of the organisation. Every query on personal data is scoped by {@link #gemeenteCode()}.
 * When a resident acts for someone else, {@link #bsn()} and {@link #naam()} are that person's
 * and {@link #door()} says who really acts and how far he may go.
 */
public record Gebruiker(
        String gebruikersnaam,
        String wachtwoordHash,
        String naam,
        Rol rol,
        String gemeenteCode,
        Long teamId,
        String bsn,
        String organisatie,
        Vertegenwoordiger door) implements UserDetails {

    public Gebruiker(String gebruikersnaam, String wachtwoordHash, String naam, Rol rol, String gemeenteCode, Long teamId, String bsn) {
        this(gebruikersnaam, wachtwoordHash, naam, rol, gemeenteCode, teamId, bsn, null, null);
    }

    /** Someone acting for a resident: a mantelzorger with an authorisation, a parent, a guardian. */
    public record Vertegenwoordiger(String bsn, String naam, boolean alleenInzien, String grond) implements Serializable {
    }

    public boolean is(Rol andere) {
        return rol == andere;
    }

    public boolean isMedewerker() {
        return rol == Rol.CONSULENT || rol == Rol.TEAMLEIDER;
    }

    public boolean handeltNamensIemand() {
        return door != null;
    }

    /** The name that goes into the access log and the history: who really did it. */
    public String actorNaam() {
        return door == null ? naam : door.naam() + " namens " + naam;
    }

    /** The same login, now acting for another resident. */
    public Gebruiker namens(String bsnVertegenwoordigde, String naamVertegenwoordigde, boolean alleenInzien, String grond) {
        Gebruiker zelf = zelf();
        return new Gebruiker(gebruikersnaam, null, naamVertegenwoordigde, rol, gemeenteCode, teamId, bsnVertegenwoordigde, organisatie,
                new Vertegenwoordiger(zelf.bsn, zelf.naam, alleenInzien, grond));
    }

    /** Back to acting for oneself. */
    public Gebruiker zelf() {
        return door == null ? this : new Gebruiker(gebruikersnaam, null, door.naam(), rol, gemeenteCode, teamId, door.bsn(), organisatie, null);
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
