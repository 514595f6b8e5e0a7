package nl.dichtbij.toegang.internal;

import java.util.EnumSet;
import java.util.Set;

import nl.dichtbij.dossier.Betrokkenheid;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The team a household's melding is routed to, and the professional handling it. A resident who asked
 * for help himself in Mijn Dichtbij (online, logged in with DigiD, or someone acting for him) gave
 * that team work on his household and its one case: it sees the whole file. A melding a professional
 * registered — he needs no more than a BSN and a date of birth — gives that team and its handler who
 * lives there, for the triage and the keukentafelgesprek; the melding itself they see through
 * {@code Meldingen}. The case, its plan and decisions, the other meldingen then stay with the case team
 * ({@code RegieBetrokkenheid}), consent and emergency access.
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
            return melding ? EnumSet.copyOf(Dossierdeel.zonderVeiligheid()) : EnumSet.noneOf(Dossierdeel.class);
        }
        var kanalen = jdbc.sql("select distinct kanaal from melding where gemeente_code = ? and huishouden_id = ? and (team_id = ? or behandelaar = ?)")
                .params(gemeenteCode, huishoudenId, medewerker.teamId(), medewerker.gebruikersnaam()).query(String.class).list();
        if (kanalen.contains("ONLINE")) {
            return EnumSet.copyOf(Dossierdeel.zonderVeiligheid());
        }
        return kanalen.isEmpty() ? EnumSet.noneOf(Dossierdeel.class) : EnumSet.of(Dossierdeel.PERSONALIA);
    }
}
