package nl.dichtbij.toegang.internal;

import java.util.EnumSet;
import java.util.Set;

import nl.dichtbij.dossier.Betrokkenheid;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The team a household's melding is routed to, and the professional handling it, need who lives
 * there (name, address, date of birth) for the triage and the keukentafelgesprek; the melding itself
 * they see through {@code Meldingen}. The case, its plan and decisions, the other meldingen: those stay
 * with the case team ({@code RegieBetrokkenheid}), consent and emergency access.
 */
@Component
class MeldingBetrokkenheid implements Betrokkenheid {

    private final JdbcClient jdbc;

    MeldingBetrokkenheid(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Dossierdeel> delen(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        if (medewerker.teamId() == null) {
            // a teamleider without a team of his own leads every team of the municipality
            boolean melding = jdbc.sql("select count(*) from melding where gemeente_code = ? and huishouden_id = ?")
                    .params(gemeenteCode, huishoudenId).query(Long.class).single() > 0;
            return melding ? EnumSet.allOf(Dossierdeel.class) : EnumSet.noneOf(Dossierdeel.class);
        }
        boolean melding = jdbc.sql("select count(*) from melding where gemeente_code = ? and huishouden_id = ? and (team_id = ? or behandelaar = ?)")
                .params(gemeenteCode, huishoudenId, medewerker.teamId(), medewerker.gebruikersnaam()).query(Long.class).single() > 0;
        return melding ? EnumSet.of(Dossierdeel.PERSONALIA) : EnumSet.noneOf(Dossierdeel.class);
    }
}
