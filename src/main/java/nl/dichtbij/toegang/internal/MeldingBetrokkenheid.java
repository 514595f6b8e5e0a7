package nl.dichtbij.toegang.internal;

import nl.dichtbij.dossier.Betrokkenheid;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The team a household's melding is routed to, and the professional handling it, work on the household. */
@Component
class MeldingBetrokkenheid implements Betrokkenheid {

    private final JdbcClient jdbc;

    MeldingBetrokkenheid(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean werktAan(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        if (medewerker.teamId() == null) {
            return jdbc.sql("select count(*) from melding where gemeente_code = ? and huishouden_id = ?")
                    .params(gemeenteCode, huishoudenId).query(Long.class).single() > 0;
        }
        return jdbc.sql("select count(*) from melding where gemeente_code = ? and huishouden_id = ? and (team_id = ? or behandelaar = ?)")
                .params(gemeenteCode, huishoudenId, medewerker.teamId(), medewerker.gebruikersnaam()).query(Long.class).single() > 0;
    }
}
