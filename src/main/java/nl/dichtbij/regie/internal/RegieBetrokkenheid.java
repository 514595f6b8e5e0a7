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

    @Override
    public Set<Dossierdeel> delen(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        boolean werktAan;
        if (medewerker.teamId() == null) {
            // a teamleider without a team of his own leads every team of the municipality
            werktAan = jdbc.sql("select count(*) from zaak where gemeente_code = ? and huishouden_id = ?")
                    .params(gemeenteCode, huishoudenId).query(Long.class).single() > 0;
        } else {
            werktAan = jdbc.sql("select count(*) from zaak where gemeente_code = ? and huishouden_id = ? and (regisseur = ? or lead_team_id = ?)")
                    .params(gemeenteCode, huishoudenId, medewerker.gebruikersnaam(), medewerker.teamId()).query(Long.class).single() > 0;
        }
        if (!werktAan) {
            return EnumSet.noneOf(Dossierdeel.class);
        }
        // the safety records (issue 20) only for the case's regisseur and the teamleider; the rest of the case team sees the rest
        boolean veiligheid = medewerker.is(nl.dichtbij.platform.Rol.TEAMLEIDER)
                || jdbc.sql("select count(*) from zaak where gemeente_code = ? and huishouden_id = ? and regisseur = ?")
                        .params(gemeenteCode, huishoudenId, medewerker.gebruikersnaam()).query(Long.class).single() > 0;
        return veiligheid ? EnumSet.allOf(Dossierdeel.class) : EnumSet.copyOf(Dossierdeel.zonderVeiligheid());
    }
}
