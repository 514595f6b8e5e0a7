package nl.dichtbij.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks the calendar brings: waakvlam check-ins that are due, and the 18-/18+ transition of
 * youths in a Jeugd case. Derived from the data on every read, so no scheduler has to run on a
 * particular node; only the done-marks are stored.
 */
@Service
public class Werklijst {

    /** Six months before the 18th birthday both teams start the transition. */
    public static final int TRANSITIE_MAANDEN = 6;

    public enum Soort { WAAKVLAM, TRANSITIE_18 }

    public record Taak(Soort soort, long zaakId, String omschrijving, LocalDate datum, String persoonBsn) {
    }

    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Clock clock;

    private final nl.dichtbij.dossier.DossierLog dossierLog;

    Werklijst(JdbcClient jdbc, Gemeenten gemeenten, PersonenRegister register, Clock clock, nl.dichtbij.dossier.DossierLog dossierLog) {
        this.dossierLog = dossierLog;
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.register = register;
        this.clock = clock;
    }

    /** The transitions the werkbak shows at once; the rest are a page further ({@link #transities}). */
    public static final int TRANSITIES_IN_WERKBAK = 10;
    /**
     * Residents read per portion while looking for youths in a Jeugd case: a first portion of five per task asked (usually
     * enough), then twice as many each time, a few portions at most per page.
     */
    private static final int EERSTE_PORTIE = 100;
    private static final int GROOTSTE_PORTIE = 1000;
    private static final int MAX_PORTIES = 4;

    /** One page of transition tasks; {@code volgendeNa} is where the next page starts, null when this is the last. */
    public record Transities(List<Taak> taken, LocalDate volgendeNa) {
    }

    /**
     * The waakvlam checks due and the first {@link #TRANSITIES_VOOR_API} transitions, for the API's task list (which has no
     * link further); logged for the residents it names.
     */
    @Transactional(readOnly = true)
    public List<Taak> van(Gebruiker medewerker) {
        return werkbak(medewerker, TRANSITIES_VOOR_API).taken();
    }

    /** The API's task list keeps the twenty transitions it always gave; the werkbak shows ten with a link to the rest. */
    static final int TRANSITIES_VOOR_API = 20;

    /** The werkbak's tasks; {@code meerTransities} tells whether {@link #transities} has more than it shows. */
    public record Werkbak(List<Taak> taken, boolean meerTransities) {
    }

    @Transactional(readOnly = true)
    public Werkbak werkbak(Gebruiker medewerker) {
        return werkbak(medewerker, TRANSITIES_IN_WERKBAK);
    }

    private Werkbak werkbak(Gebruiker medewerker, int transitiesHoogstens) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Taak> taken = new ArrayList<>();
        jdbc.sql("""
                        select id, waakvlam_datum from zaak where gemeente_code = ? and regisseur = ? and open = false
                        and waakvlam_afgerond = false and waakvlam_datum <= ? order by waakvlam_datum limit 100""")
                .params(medewerker.gemeenteCode(), medewerker.gebruikersnaam(), vandaag)
                .query((rs, i) -> new Taak(Soort.WAAKVLAM, rs.getLong("id"),
                        "Waakvlam: neem contact op met het huishouden om te horen hoe het gaat.",
                        rs.getObject("waakvlam_datum", LocalDate.class), null))
                .list().forEach(taken::add);
        boolean meer = false;
        if (medewerker.teamId() != null) {
            Transities transities = transities(medewerker, medewerker.teamId(), vandaag, null, transitiesHoogstens);
            taken.addAll(transities.taken());
            meer = transities.volgendeNa() != null;
        }
        taken.sort(Comparator.comparing(Taak::datum));
        log(medewerker, taken);
        return new Werkbak(taken, meer);
    }

    /** A page of the team's transition tasks, youths born after {@code na} (null: from the first). */
    @Transactional(readOnly = true)
    public Transities transities(Gebruiker medewerker, LocalDate na, int aantal) {
        if (medewerker.teamId() == null) {
            return new Transities(List.of(), null);
        }
        Transities pagina = transities(medewerker, medewerker.teamId(), LocalDate.now(clock), na, aantal);
        log(medewerker, pagina.taken());
        return pagina;
    }

    private void log(Gebruiker medewerker, List<Taak> taken) {
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), taken.stream().map(Taak::persoonBsn).filter(java.util.Objects::nonNull).toList(),
                "Werklijst van de professional: wettelijke taak (AVG art. 6 lid 1e)");
    }

    /**
     * Youths of households with an open case led by the Jeugdteam who turn 18 within six months:
     * a task for the Jeugdteam and for the Wmo-team of the same municipality, until each marks it done.
     * Read from the register in birth date order, whole days a portion, each portion matched against the open
     * Jeugd cases and the done-marks with one query each: a few queries however many cases the team has.
     */
    Transities transities(Gebruiker medewerker, long teamId, LocalDate vandaag, LocalDate na, int aantal) {
        Team team = gemeenten.team(teamId).orElseThrow();
        long jeugdteam = gemeenten.teamVoor(team.gemeenteCode(), Doelgroep.JEUGD).id();
        LocalDate eerste = vandaag.minusYears(18);
        LocalDate laatste = vandaag.plusMonths(TRANSITIE_MAANDEN).minusYears(18);
        LocalDate vanaf = na == null || na.isBefore(eerste) ? eerste : na;
        List<Kandidaat> taken = new ArrayList<>();
        int grootte = Math.min(GROOTSTE_PORTIE, Math.max(EERSTE_PORTIE, 5 * aantal));
        for (int portie = 0; portie < MAX_PORTIES && taken.size() < aantal; portie++, grootte = Math.min(GROOTSTE_PORTIE, 2 * grootte)) {
            List<Persoon> geboren = register.geborenOpHeleDagen(team.gemeenteCode(), vanaf, laatste, grootte);
            if (geboren.isEmpty()) {
                return tot(taken, aantal, null);
            }
            taken.addAll(transities(team.gemeenteCode(), teamId, jeugdteam, geboren));
            vanaf = geboren.getLast().geboortedatum();
            if (geboren.size() < grootte) {
                return tot(taken, aantal, null);
            }
        }
        return tot(taken, aantal, vanaf);
    }

    private record Kandidaat(LocalDate geboortedatum, Taak taak) {
    }

    /** At most {@code aantal} tasks and the rest of the last day shown, so the next page starts after a whole day. */
    private static Transities tot(List<Kandidaat> kandidaten, int aantal, LocalDate volgendeNa) {
        if (kandidaten.size() <= aantal) {
            return new Transities(kandidaten.stream().map(Kandidaat::taak).toList(), volgendeNa);
        }
        LocalDate laatsteDag = kandidaten.get(aantal - 1).geboortedatum();
        List<Taak> pagina = kandidaten.stream().filter(k -> !k.geboortedatum().isAfter(laatsteDag)).map(Kandidaat::taak).toList();
        return new Transities(pagina, pagina.size() < kandidaten.size() || volgendeNa != null ? laatsteDag : null);
    }

    private List<Kandidaat> transities(String gemeenteCode, long teamId, long jeugdteam, List<Persoon> geboren) {
        Map<Long, Long> zaakVanHuishouden = new java.util.HashMap<>();
        jdbc.sql("""
                        select huishouden_id, max(id) as zaak_id from zaak where gemeente_code = :gemeente and open = true
                        and lead_team_id = :jeugdteam and huishouden_id in (:huishoudens) group by huishouden_id""")
                .param("gemeente", gemeenteCode).param("jeugdteam", jeugdteam)
                .param("huishoudens", geboren.stream().map(Persoon::huishoudenId).distinct().toList())
                .query((rs, i) -> Map.entry(rs.getLong("huishouden_id"), rs.getLong("zaak_id"))).list()
                .forEach(e -> zaakVanHuishouden.put(e.getKey(), e.getValue()));
        List<Persoon> bijna18 = geboren.stream().filter(p -> zaakVanHuishouden.containsKey(p.huishoudenId())).toList();
        if (bijna18.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> afgerond = new java.util.HashSet<>(jdbc.sql("select persoon_bsn from transitie_afgerond where team_id = :team and persoon_bsn in (:bsns)")
                .param("team", teamId).param("bsns", bijna18.stream().map(Persoon::bsn).toList()).query(String.class).list());
        return bijna18.stream().filter(p -> !afgerond.contains(p.bsn()))
                .map(p -> new Kandidaat(p.geboortedatum(), new Taak(Soort.TRANSITIE_18, zaakVanHuishouden.get(p.huishoudenId()),
                        "18-/18+: " + p.naam() + " wordt 18 op " + Formaat.lang(p.geboortedatum().plusYears(18))
                                + ". Jeugdteam en Wmo-team bereiden samen de overgang voor.",
                        p.geboortedatum().plusYears(18).minusMonths(TRANSITIE_MAANDEN), p.bsn())))
                .toList();
    }

    @Transactional
    public void transitieAfgerond(Gebruiker medewerker, String persoonBsn) {
        if (medewerker.teamId() == null) {
            return;
        }
        register.persoon(medewerker.gemeenteCode(), persoonBsn).orElseThrow(() -> new nl.dichtbij.platform.NietGevondenException("De jongere"));
        jdbc.sql("insert into transitie_afgerond (gemeente_code, persoon_bsn, team_id, afgerond_door, afgerond_op) values (?, ?, ?, ?, ?)")
                .params(medewerker.gemeenteCode(), persoonBsn, medewerker.teamId(), medewerker.gebruikersnaam(),
                        java.sql.Timestamp.from(clock.instant())).update();
    }
}
