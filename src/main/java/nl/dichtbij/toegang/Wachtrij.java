package nl.dichtbij.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Vervolgpagina;
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
                        boolean inGevaar, boolean verlopen, String achternaam, LocalDate reactieUiterlijk, boolean overReactienorm) {
    }

    /** {@code dringendOverNorm}: urgent meldingen nobody took up within the {@link Reactienorm}. */
    public record Teamstand(Team team, long open, long nietOpgepakt, long inGevaar, long verlopen, LocalDate oudsteMelding,
                            long langsteWachttijd, long dringendOverNorm) {
    }

    private record Rij(long id, String persoonBsn, String status, String urgentie, String kanaal, String behandelaarNaam,
                       Instant ontvangenOp, LocalDate ontvangenDatum, LocalDate termijnEinde) {
    }

    static final String WERKVOORRAAD = "Werkvoorraad van het team: wettelijke taak (AVG art. 6 lid 1e)";
    /** Literally the condition of the queue's partial indexes (V77), so PostgreSQL sees that they serve the query. */
    private static final String OPEN = "status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')";
    private static final String RIJ = "select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde";
    /** The columns of {@link #RIJ} by position: the queue is the most read list, so no reflection per row. */
    private static final org.springframework.jdbc.core.RowMapper<Rij> RIJ_LEZER = (rs, i) -> new Rij(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
            rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class));

    /**
     * A page of the team's open meldingen, the shortest term first, starting right after {@code na} (the
     * {@link Wachtrijpositie#tekst()} of the page before) or at the start when it is empty. Seek paging on the index
     * in this order (docs/decisions/0015): a deep page costs what the first costs.
     */
    @Transactional(readOnly = true)
    public Vervolgpagina<Regel> vanTeam(Gebruiker gebruiker, long teamId, boolean alleenNietOpgepakt, String na, int grootte) {
        Team team = wachtrijVan(gebruiker, teamId);
        Wachtrijpositie positie = na == null || na.isBlank() ? null : Wachtrijpositie.van(na.trim(), team.id());
        return lees(gebruiker, team, alleenNietOpgepakt, positie, 0, grootte);
    }

    /** By page number, for API clients that still ask so: the database walks past every earlier melding, so deep pages cost more. */
    @Transactional(readOnly = true)
    public Vervolgpagina<Regel> vanTeam(Gebruiker gebruiker, long teamId, boolean alleenNietOpgepakt, int pagina, int grootte) {
        return lees(gebruiker, wachtrijVan(gebruiker, teamId), alleenNietOpgepakt, null, (long) pagina * grootte, grootte);
    }

    private Vervolgpagina<Regel> lees(Gebruiker gebruiker, Team team, boolean alleenNietOpgepakt, Wachtrijpositie na, long overslaan,
                                      int grootte) {
        String nietOpgepakt = alleenNietOpgepakt ? " and behandelaar is null" : "";
        // status as a literal, not a parameter: it is the condition of the partial index, also in a generic plan
        var vraag = jdbc.sql(RIJ
                        + " from melding where gemeente_code = :gemeente and team_id = :team and " + OPEN + nietOpgepakt
                        + (na == null ? "" : " and (termijn_einde, ontvangen_op, id) > (:termijn, :ontvangen, :id)")
                        + " order by termijn_einde, ontvangen_op, id limit :limiet" + (overslaan > 0 ? " offset :overslaan" : ""))
                .param("gemeente", team.gemeenteCode()).param("team", team.id()).param("limiet", grootte + 1);
        if (na != null) {
            vraag = vraag.param("termijn", na.termijnEinde()).param("ontvangen", na.ontvangenOp().atOffset(ZoneOffset.UTC))
                    .param("id", na.meldingId());
        }
        if (overslaan > 0) {
            vraag = vraag.param("overslaan", overslaan);
        }
        List<Rij> rijen = vraag.query(RIJ_LEZER).list();
        long vanaf = na == null ? overslaan : na.vanaf();
        String volgende = null;
        if (rijen.size() > grootte) {
            rijen = rijen.subList(0, grootte);
            Rij laatste = rijen.getLast();
            volgende = new Wachtrijpositie(team.id(), vanaf + grootte, laatste.termijnEinde(), laatste.ontvangenOp(), laatste.id()).tekst();
        }
        long totaal = jdbc.sql("select coalesce(sum(aantal), 0) from wachtrij_telling where gemeente_code = :gemeente and team_id = :team"
                        + (alleenNietOpgepakt ? " and not opgepakt" : ""))
                .param("gemeente", team.gemeenteCode()).param("team", team.id()).query(Long.class).single();
        return new Vervolgpagina<>(regels(gebruiker, team.gemeenteCode(), rijen), vanaf, grootte, totaal, volgende);
    }

    /** How many urgent meldingen the queue pages show above the queue at most; the oldest first. */
    public static final int DRINGEND_ZICHTBAAR = 10;

    /**
     * The team's urgent meldingen nobody picked up yet, the longest waiting first: shown above the queue, whose order
     * is the legal term, so an urgent question does not wait behind older ones. Served by a partial index (V66).
     */
    @Transactional(readOnly = true)
    public List<Regel> dringend(Gebruiker gebruiker, long teamId) {
        Team team = wachtrijVan(gebruiker, teamId);
        List<Rij> rijen = jdbc.sql(RIJ
                        + " from melding where gemeente_code = :gemeente and team_id = :team and " + OPEN
                        + " and behandelaar is null and urgentie = 'DRINGEND' order by ontvangen_op, id limit :limiet")
                .param("gemeente", team.gemeenteCode()).param("team", team.id()).param("limiet", DRINGEND_ZICHTBAAR)
                .query(RIJ_LEZER).list();
        return regels(gebruiker, team.gemeenteCode(), rijen);
    }

    /** The meldingen a professional holds himself and has not finished. */
    @Transactional(readOnly = true)
    public List<Regel> vanBehandelaar(Gebruiker medewerker) {
        List<Rij> rijen = jdbc.sql(RIJ
                        + " from melding where behandelaar = ? and gemeente_code = ? and " + OPEN + " order by termijn_einde, id limit " + EIGEN_ZICHTBAAR)
                .params(medewerker.gebruikersnaam(), medewerker.gemeenteCode()).query(RIJ_LEZER).list();
        return regels(medewerker, medewerker.gemeenteCode(), rijen);
    }

    /** The most of his own meldingen the werkbak shows (the earliest term first); all of them a page at a time with {@link #vanBehandelaar(Gebruiker, int, int)}. */
    public static final int EIGEN_ZICHTBAAR = 100;

    /** How many open meldingen a professional holds, without naming anyone (no Logboek line). */
    @Transactional(readOnly = true)
    public long aantalVanBehandelaar(Gebruiker medewerker) {
        return jdbc.sql("select count(*) from melding where behandelaar = ? and gemeente_code = ? and " + OPEN)
                .params(medewerker.gebruikersnaam(), medewerker.gemeenteCode()).query(Long.class).single();
    }

    /** All of a professional's open meldingen, a page at a time, the earliest term first. */
    @Transactional(readOnly = true)
    public Pagina<Regel> vanBehandelaar(Gebruiker medewerker, int pagina, int grootte) {
        List<Rij> rijen = jdbc.sql(RIJ + " from melding where behandelaar = ? and gemeente_code = ? and " + OPEN
                        + " order by termijn_einde, id limit ? offset ?")
                .params(medewerker.gebruikersnaam(), medewerker.gemeenteCode(), grootte, (long) pagina * grootte).query(RIJ_LEZER).list();
        return new Pagina<>(regels(medewerker, medewerker.gemeenteCode(), rijen), pagina, grootte, aantalVanBehandelaar(medewerker));
    }

    /** How much waits for a professional, in numbers only: read without naming anyone, so it writes no Logboek line. */
    public record Aantallen(long inGevaar, long dringendInTeam, long dringendOverNorm) {
    }

    /** His open meldingen past 80% of their term, his team's urgent ones nobody picked up yet, and (teamleider) those over the norm. */
    @Transactional(readOnly = true)
    public Aantallen aantallen(Gebruiker medewerker) {
        long inGevaar = jdbc.sql("select count(*) from melding where behandelaar = ? and gemeente_code = ? and " + OPEN + " and risico_datum < ?")
                .params(medewerker.gebruikersnaam(), medewerker.gemeenteCode(), LocalDate.now(clock)).query(Long.class).single();
        long dringend = medewerker.teamId() == null ? 0 : jdbc.sql("select count(*) from melding where gemeente_code = ? and team_id = ? and "
                        + OPEN + " and behandelaar is null and urgentie = 'DRINGEND'")
                .params(medewerker.gemeenteCode(), medewerker.teamId()).query(Long.class).single();
        // the teamleider hears of every urgent melding of the municipality nobody took up within the norm
        long overNorm = !medewerker.is(Rol.TEAMLEIDER) ? 0 : jdbc.sql("select count(*) from melding where gemeente_code = ? and "
                        + OPEN + " and behandelaar is null and urgentie = 'DRINGEND' and ontvangen_datum <= ?")
                .params(medewerker.gemeenteCode(), Reactienorm.laatsteOntvangstdagOverNorm(LocalDate.now(clock))).query(Long.class).single();
        return new Aantallen(inGevaar, dringend, overNorm);
    }

    /**
     * A question withdrawn lately by the resident: from a professional who held it, or from his team's queue before anyone
     * took it (an urgent one too), so the team knows why it left and can call if it worries.
     */
    public record Ingetrokken(long meldingId, String naam, Instant ingetrokkenOp, Intrekreden reden, boolean vanMij) {
    }

    /** What residents withdrew in the last two weeks from this professional or, untaken, from his team; the latest first. */
    @Transactional(readOnly = true)
    public List<Ingetrokken> ingetrokkenBij(Gebruiker medewerker, int aantal) {
        record IngetrokkenRij(long id, String persoonBsn, Instant ingetrokkenOp, String intrekReden, String behandelaar) {
        }
        String velden = "select id, persoon_bsn, ingetrokken_op, intrek_reden, behandelaar from melding ";
        var sinds = clock.instant().minus(java.time.Duration.ofDays(14)).atOffset(ZoneOffset.UTC);
        List<IngetrokkenRij> rijen = new java.util.ArrayList<>(jdbc.sql(velden + """
                        where behandelaar = :ik and ingetrokken_op >= :sinds and gemeente_code = :gemeente
                        order by ingetrokken_op desc limit :aantal""")
                .param("ik", medewerker.gebruikersnaam()).param("sinds", sinds).param("gemeente", medewerker.gemeenteCode())
                .param("aantal", aantal).query(IngetrokkenRij.class).list());
        if (medewerker.teamId() != null) {
            rijen.addAll(jdbc.sql(velden + """
                            where gemeente_code = :gemeente and team_id = :team and ingetrokken_op >= :sinds and behandelaar is null
                            order by ingetrokken_op desc limit :aantal""")
                    .param("gemeente", medewerker.gemeenteCode()).param("team", medewerker.teamId()).param("sinds", sinds)
                    .param("aantal", aantal).query(IngetrokkenRij.class).list());
        }
        if (rijen.isEmpty()) {
            return List.of();
        }
        rijen.sort(java.util.Comparator.comparing(IngetrokkenRij::ingetrokkenOp).reversed());
        List<IngetrokkenRij> getoond = rijen.subList(0, Math.min(aantal, rijen.size()));
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), getoond.stream().map(IngetrokkenRij::persoonBsn).toList(), WERKVOORRAAD);
        Map<String, Persoon> personen = register.personen(medewerker.gemeenteCode(), getoond.stream().map(IngetrokkenRij::persoonBsn).toList());
        return getoond.stream().map(r -> new Ingetrokken(r.id(), personen.containsKey(r.persoonBsn()) ? personen.get(r.persoonBsn()).naam() : "Onbekend",
                r.ingetrokkenOp(), Intrekreden.valueOf(r.intrekReden()), r.behandelaar() != null)).toList();
    }

    /**
     * Every team of the municipality in one query over the counts the database keeps per combination of dates
     * (wachtrij_telling, docs/decisions/0015): a few hundred rows per team, however long its queue. "In gevaar" and
     * "verlopen" compare those dates with today here, so they move on with the date without anything being rewritten.
     */
    @Transactional(readOnly = true)
    public List<Teamstand> standVanGemeente(Gebruiker gebruiker) {
        LocalDate vandaag = LocalDate.now(clock);
        Map<Long, Telling> tellingen = new HashMap<>();
        jdbc.sql("""
                        select team_id,
                               sum(aantal) as open_,
                               sum(case when opgepakt then 0 else aantal end) as niet_opgepakt,
                               sum(case when risico_datum < :vandaag then aantal else 0 end) as in_gevaar,
                               sum(case when termijn_einde < :vandaag then aantal else 0 end) as verlopen,
                               min(ontvangen_datum) as oudste
                        from wachtrij_telling where gemeente_code = :gemeente group by team_id""")
                .param("vandaag", vandaag).param("gemeente", gebruiker.gemeenteCode())
                .query(rs -> {
                    tellingen.put(rs.getLong("team_id"), new Telling(rs.getLong("open_"), rs.getLong("niet_opgepakt"),
                            rs.getLong("in_gevaar"), rs.getLong("verlopen"), rs.getObject("oudste", LocalDate.class)));
                });
        // the urgent ones nobody took up are few (a partial index holds only them, V66/V77)
        Map<Long, Long> overNorm = new HashMap<>();
        jdbc.sql("select team_id, count(*) from melding where gemeente_code = :gemeente and " + OPEN
                        + " and behandelaar is null and urgentie = 'DRINGEND' and ontvangen_datum <= :laatste group by team_id")
                .param("gemeente", gebruiker.gemeenteCode()).param("laatste", Reactienorm.laatsteOntvangstdagOverNorm(vandaag))
                .query(rs -> {
                    overNorm.put(rs.getLong(1), rs.getLong(2));
                });
        return gemeenten.teams(gebruiker.gemeenteCode()).stream().map(team -> {
            Telling t = tellingen.getOrDefault(team.id(), new Telling(0, 0, 0, 0, null));
            return new Teamstand(team, t.open(), t.nietOpgepakt(), t.inGevaar(), t.verlopen(), t.oudste(),
                    t.oudste() == null ? 0 : ChronoUnit.DAYS.between(t.oudste(), vandaag), overNorm.getOrDefault(team.id(), 0L));
        }).toList();
    }

    private record Telling(long open, long nietOpgepakt, long inGevaar, long verlopen, LocalDate oudste) {
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
            boolean wachtOpReactie = "DRINGEND".equals(rij.urgentie()) && rij.behandelaarNaam() == null;
            return new Regel(rij.id(), persoon == null ? "Onbekend" : persoon.naam(),
                    persoon == null ? 0 : persoon.leeftijdOp(vandaag), MeldingStatus.valueOf(rij.status()),
                    Urgentie.valueOf(rij.urgentie()), Kanaal.valueOf(rij.kanaal()), rij.behandelaarNaam(), rij.ontvangenOp(),
                    bewaking.dagenVerstreken(), rij.termijnEinde(), bewaking.dagenOver(), bewaking.inGevaar(), bewaking.verlopen(),
                    persoon == null ? "" : persoon.achternaam(), wachtOpReactie ? Reactienorm.uiterlijk(rij.ontvangenDatum()) : null,
                    wachtOpReactie && Reactienorm.overschreden(rij.ontvangenDatum(), vandaag));
        }).toList();
    }
}
