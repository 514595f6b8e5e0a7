package nl.dichtbij.regie.internal;

import java.util.EnumSet;
import java.util.Set;

import nl.dichtbij.dossier.Betrokkenheid;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household's regisseur and the team that leads its case (the case team) work on the whole
 * file (also after closing, for the waakvlam); the safety records ({@link Dossierdeel#VEILIGHEID}) only the regisseur and the
 * teamleider of the case's team (or a teamleider who leads all teams).
 */
@Component
class RegieBetrokkenheid implements Betrokkenheid {

    private final JdbcClient jdbc;

    RegieBetrokkenheid(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The household's cases: who directs each and which team leads it (one short indexed read, zaak_huishouden). */
    private record Rij(String regisseur, long leadTeamId) {
    }

    @Override
    public Set<Dossierdeel> delen(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        var rijen = jdbc.sql("select regisseur, lead_team_id from zaak where gemeente_code = ? and huishouden_id = ?")
                .params(gemeenteCode, huishoudenId).query((rs, i) -> new Rij(rs.getString(1), rs.getLong(2))).list();
        boolean regisseur = rijen.stream().anyMatch(r -> medewerker.gebruikersnaam().equals(r.regisseur()));
        // a teamleider without a team of his own leads every team of the municipality
        boolean werktAan = medewerker.teamId() == null ? !rijen.isEmpty()
                : regisseur || rijen.stream().anyMatch(r -> r.leadTeamId() == medewerker.teamId());
        if (!werktAan) {
            return EnumSet.noneOf(Dossierdeel.class);
        }
        // the safety records (issue 20) only for the case's regisseur and the teamleider; the rest of the case team sees the rest
        boolean veiligheid = regisseur || medewerker.is(nl.dichtbij.platform.Rol.TEAMLEIDER);
        return veiligheid ? EnumSet.allOf(Dossierdeel.class) : EnumSet.copyOf(Dossierdeel.zonderVeiligheid());
    }
}
