package nl.dichtbij.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.termijnen.Termijnbewaking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team queues: open meldingen, most pressing deadline first, with waiting time and risk. */
@Service
public class Wachtrij {

    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Clock clock;

    private final nl.dichtbij.dossier.DossierLog dossierLog;

    Wachtrij(JdbcClient jdbc, Gemeenten gemeenten, PersonenRegister register, Clock clock, nl.dichtbij.dossier.DossierLog dossierLog) {
        this.dossierLog = dossierLog;
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.register = register;
        this.clock = clock;
    }

    public record Regel(long meldingId, String naam, int leeftijd, MeldingStatus status, Urgentie urgentie, Kanaal kanaal,
                        String behandelaarNaam, Instant ontvangenOp, long wachtdagen, LocalDate termijnEinde, long dagenOver,
                        boolean inGevaar, boolean verlopen) {
    }

    public record Teamstand(Team team, long open, long nietOpgepakt, long inGevaar, long verlopen, LocalDate oudsteMelding,
                            long langsteWachttijd) {
    }

    private record Rij(long id, String persoonBsn, String status, String urgentie, String kanaal, String behandelaarNaam,
                       Instant ontvangenOp, LocalDate ontvangenDatum, LocalDate termijnEinde) {
    }

    static final String WERKVOORRAAD = "Werkvoorraad van het team: wettelijke taak (AVG art. 6 lid 1e)";
    private static final String OPEN = "status <> 'ONDERZOEK_AFGEROND'";

    @Transactional(readOnly = true)
    public Pagina<Regel> vanTeam(Gebruiker gebruiker, long teamId, boolean alleenNietOpgepakt, int pagina, int grootte) {
        Team team = wachtrijVan(gebruiker, teamId);
        String filter = " from melding where team_id = :team and gemeente_code = :gemeente and " + OPEN
                + (alleenNietOpgepakt ? " and behandelaar is null" : "");
        long totaal = jdbc.sql("select count(*)" + filter).param("team", team.id()).param("gemeente", team.gemeenteCode())
                .query(Long.class).single();
        List<Rij> rijen = jdbc.sql("select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde"
                        + filter + " order by termijn_einde, ontvangen_op, id limit :limiet offset :vanaf")
                .param("team", team.id()).param("gemeente", team.gemeenteCode())
                .param("limiet", grootte).param("vanaf", (long) pagina * grootte)
                .query(Rij.class).list();
        return new Pagina<>(regels(gebruiker, team.gemeenteCode(), rijen), pagina, grootte, totaal);
    }

    /** The meldingen a professional holds himself and has not finished. */
    @Transactional(readOnly = true)
    public List<Regel> vanBehandelaar(Gebruiker medewerker) {
        List<Rij> rijen = jdbc.sql("select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde"
                        + " from melding where behandelaar = ? and gemeente_code = ? and " + OPEN + " order by termijn_einde, id limit 100")
                .params(medewerker.gebruikersnaam(), medewerker.gemeenteCode()).query(Rij.class).list();
        return regels(medewerker, medewerker.gemeenteCode(), rijen);
    }

    @Transactional(readOnly = true)
    public List<Teamstand> standVanGemeente(Gebruiker gebruiker) {
        LocalDate vandaag = LocalDate.now(clock);
        return gemeenten.teams(gebruiker.gemeenteCode()).stream().map(team -> jdbc.sql("""
                        select count(*) as open_,
                               sum(case when behandelaar is null then 1 else 0 end) as niet_opgepakt,
                               sum(case when risico_datum < :vandaag then 1 else 0 end) as in_gevaar,
                               sum(case when termijn_einde < :vandaag then 1 else 0 end) as verlopen,
                               min(ontvangen_datum) as oudste
                        from melding where team_id = :team and gemeente_code = :gemeente and\s""" + OPEN)
                .param("vandaag", vandaag).param("team", team.id()).param("gemeente", team.gemeenteCode())
                .query((rs, i) -> {
                    LocalDate oudste = rs.getObject("oudste", LocalDate.class);
                    return new Teamstand(team, rs.getLong("open_"), rs.getLong("niet_opgepakt"), rs.getLong("in_gevaar"),
                            rs.getLong("verlopen"), oudste, oudste == null ? 0 : ChronoUnit.DAYS.between(oudste, vandaag));
                }).single()).toList();
    }

    /**
     * Whose queue someone may read (docs/decisions/0009): a professional his own team's, to pick
     * up and triage; the teamleider every team's of the municipality. Another team's queue answers
     * as if it did not exist.
     */
    private Team wachtrijVan(Gebruiker gebruiker, long teamId) {
        Team team = team(gebruiker, teamId);
        if (!gebruiker.is(Rol.TEAMLEIDER) && !Long.valueOf(teamId).equals(gebruiker.teamId())) {
            throw new NietGevondenException("Het team");
        }
        return team;
    }

    public Team team(Gebruiker gebruiker, long teamId) {
        return gemeenten.team(teamId).filter(t -> t.gemeenteCode().equals(gebruiker.gemeenteCode()))
                .orElseThrow(() -> new NietGevondenException("Het team"));
    }

    private List<Regel> regels(Gebruiker gebruiker, String gemeenteCode, List<Rij> rijen) {
        LocalDate vandaag = LocalDate.now(clock);
        dossierLog.overzicht(gebruiker, gemeenteCode, rijen.stream().map(Rij::persoonBsn).toList(), WERKVOORRAAD);
        Map<String, Persoon> personen = register.personen(gemeenteCode, rijen.stream().map(Rij::persoonBsn).toList());
        return rijen.stream().map(rij -> {
            Persoon persoon = personen.get(rij.persoonBsn());
            Termijnbewaking bewaking = new Termijnbewaking(rij.ontvangenDatum(), rij.termijnEinde(), vandaag);
            return new Regel(rij.id(), persoon == null ? "Onbekend" : persoon.naam(),
                    persoon == null ? 0 : persoon.leeftijdOp(vandaag), MeldingStatus.valueOf(rij.status()),
                    Urgentie.valueOf(rij.urgentie()), Kanaal.valueOf(rij.kanaal()), rij.behandelaarNaam(), rij.ontvangenOp(),
                    bewaking.dagenVerstreken(), rij.termijnEinde(), bewaking.dagenOver(), bewaking.inGevaar(), bewaking.verlopen());
        }).toList();
    }
}
