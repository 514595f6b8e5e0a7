package nl.dichtbij.regie.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.dichtbij.dossier.Betrokkenheid;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.regie.Werklijst;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 18-/18+ transition: the Wmo team prepares the handover together with the Jeugdteam, so it
 * works on the whole file of a household with an open Jeugd case and a youth who turns 18 within the
 * transition window.
 */
@Component
class TransitieBetrokkenheid implements Betrokkenheid {

    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Clock clock;

    TransitieBetrokkenheid(JdbcClient jdbc, Gemeenten gemeenten, PersonenRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public Set<Dossierdeel> delen(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        return werktAan(medewerker, gemeenteCode, huishoudenId) ? EnumSet.copyOf(Dossierdeel.zonderVeiligheid()) : EnumSet.noneOf(Dossierdeel.class);
    }

    private boolean werktAan(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        if (medewerker.teamId() == null || gemeenten.team(medewerker.teamId()).map(t -> t.doelgroep() != Doelgroep.WMO).orElse(true)) {
            return false;
        }
        long jeugdteam = gemeenten.teamVoor(gemeenteCode, Doelgroep.JEUGD).id();
        boolean openJeugdzaak = jdbc.sql("select count(*) from zaak where gemeente_code = ? and huishouden_id = ? and open = true and lead_team_id = ?")
                .params(gemeenteCode, huishoudenId, jeugdteam).query(Long.class).single() > 0;
        if (!openJeugdzaak) {
            return false;
        }
        LocalDate vandaag = LocalDate.now(clock);
        return !register.wordenVolwassenTussen(gemeenteCode, List.of(huishoudenId), vandaag.minusYears(18),
                vandaag.plusMonths(Werklijst.TRANSITIE_MAANDEN).minusYears(18)).isEmpty();
    }
}
