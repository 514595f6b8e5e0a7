package nl.dichtbij.gemeente;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of a team is on duty on a day (eropaf, issue 20): he takes up that day's urgent meldingen and is told the moment one
 * arrives. One professional per team per day, chosen by the teamleider from the team's own consulenten.
 */
@Service
public class Dienstrooster {

    /** How far ahead the team page shows and plans the duties. */
    public static final int DAGEN_VOORUIT = 14;

    public record Dienst(long teamId, LocalDate datum, String gebruikersnaam, String naam) {
    }

    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;
    private final Clock clock;

    Dienstrooster(JdbcClient jdbc, Gemeenten gemeenten, Clock clock) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    /** Who is on duty for this team on that day, if anyone was scheduled. */
    @Transactional(readOnly = true)
    public Optional<Dienst> op(long teamId, LocalDate datum) {
        return jdbc.sql("select gebruikersnaam from team_dienst where team_id = ? and datum = ?").params(teamId, datum)
                .query(String.class).optional().map(wie -> dienst(teamId, datum, wie));
    }

    /** The team's duties from today on, {@link #DAGEN_VOORUIT} days; a day without anyone is not in the list. */
    @Transactional(readOnly = true)
    public List<Dienst> komend(Gebruiker gebruiker, long teamId) {
        Team team = vanGemeente(gebruiker, teamId);
        LocalDate vandaag = LocalDate.now(clock);
        Map<String, Medewerker> leden = leden(team);
        return jdbc.sql("select datum, gebruikersnaam from team_dienst where team_id = ? and datum >= ? and datum < ? order by datum")
                .params(team.id(), vandaag, vandaag.plusDays(DAGEN_VOORUIT))
                .query((rs, i) -> {
                    String wie = rs.getString(2);
                    return new Dienst(team.id(), rs.getObject(1, LocalDate.class), wie, leden.containsKey(wie) ? leden.get(wie).naam() : wie);
                }).list();
    }

    /** The consulenten of the team, whom the teamleider can put on duty. */
    @Transactional(readOnly = true)
    public List<Medewerker> inTeDelen(Gebruiker gebruiker, long teamId) {
        return List.copyOf(leden(vanGemeente(gebruiker, teamId)).values());
    }

    /** What the form sends to take someone off duty that day. */
    public static final String NIEMAND = "-";

    /**
     * Puts a consulent of the team on duty on a day from today on; someone else scheduled that day is replaced, and
     * {@link #NIEMAND} leaves the day without anyone. Returns empty for a day left without anyone.
     */
    @Transactional
    public Optional<Dienst> indelen(Gebruiker teamleider, long teamId, LocalDate datum, String gebruikersnaam) {
        if (!teamleider.is(Rol.TEAMLEIDER)) {
            throw new NietGevondenException("Het team");
        }
        Team team = vanGemeente(teamleider, teamId);
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate laatste = vandaag.plusDays(DAGEN_VOORUIT - 1);
        Map<String, String> fouten = new java.util.LinkedHashMap<>();
        if (datum == null) {
            fouten.put("datum", "Vul de dag in.");
        } else if (datum.isBefore(vandaag) || datum.isAfter(laatste)) {
            fouten.put("datum", "Kies vandaag of een dag tot en met " + nl.dichtbij.platform.Formaat.datum(laatste) + ".");
        }
        boolean niemand = NIEMAND.equals(gebruikersnaam);
        Medewerker wie = gebruikersnaam == null || niemand ? null : leden(team).get(gebruikersnaam);
        if (wie == null && !niemand) {
            fouten.put("medewerker", "Kies een consulent van " + team.naam() + ".");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("delete from team_dienst where team_id = ? and datum = ?").params(team.id(), datum).update();
        if (niemand) {
            return Optional.empty();
        }
        try {
            jdbc.sql("""
                            insert into team_dienst (gemeente_code, team_id, datum, gebruikersnaam, ingedeeld_door, ingedeeld_op)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(team.gemeenteCode(), team.id(), datum, wie.gebruikersnaam(), teamleider.gebruikersnaam(), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException tegelijk) {
            throw new OngeldigeInvoerException("medewerker", "Iemand anders deelde deze dag net in. Bekijk het rooster en probeer het opnieuw.");
        }
        return Optional.of(new Dienst(team.id(), datum, wie.gebruikersnaam(), wie.naam()));
    }

    private Team vanGemeente(Gebruiker gebruiker, long teamId) {
        return gemeenten.team(teamId).filter(t -> t.gemeenteCode().equals(gebruiker.gemeenteCode()))
                .orElseThrow(() -> new NietGevondenException("Het team"));
    }

    private Map<String, Medewerker> leden(Team team) {
        return gemeenten.medewerkers(team.gemeenteCode(), Rol.CONSULENT).stream().filter(m -> Long.valueOf(team.id()).equals(m.teamId()))
                .collect(Collectors.toMap(Medewerker::gebruikersnaam, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Dienst dienst(long teamId, LocalDate datum, String wie) {
        return new Dienst(teamId, datum, wie, gemeenten.medewerker(wie).map(Medewerker::naam).orElse(wie));
    }
}
