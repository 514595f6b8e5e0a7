package nl.dichtbij.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final Zaken zaken;
    private final Clock clock;

    private final nl.dichtbij.dossier.DossierLog dossierLog;

    Werklijst(JdbcClient jdbc, Gemeenten gemeenten, PersonenRegister register, Zaken zaken, Clock clock, nl.dichtbij.dossier.DossierLog dossierLog) {
        this.dossierLog = dossierLog;
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.register = register;
        this.zaken = zaken;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Taak> van(Gebruiker medewerker) {
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
        if (medewerker.teamId() != null) {
            taken.addAll(transities(medewerker, medewerker.teamId(), vandaag));
        }
        taken.sort(Comparator.comparing(Taak::datum));
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), taken.stream().map(Taak::persoonBsn).filter(java.util.Objects::nonNull).toList(),
                "Werklijst van de professional: wettelijke taak (AVG art. 6 lid 1e)");
        return taken;
    }

    /**
     * Youths of households with an open case led by the Jeugdteam who turn 18 within six months:
     * a task for the Jeugdteam and for the Wmo-team of the same municipality, until each marks it done.
     */
    List<Taak> transities(Gebruiker medewerker, long teamId, LocalDate vandaag) {
        Team team = gemeenten.team(teamId).orElseThrow();
        long jeugdteam = gemeenten.teamVoor(team.gemeenteCode(), Doelgroep.JEUGD).id();
        List<Long> huishoudens = jdbc.sql("select distinct huishouden_id from zaak where gemeente_code = ? and open = true and lead_team_id = ?")
                .params(team.gemeenteCode(), jeugdteam).query(Long.class).list();
        if (huishoudens.isEmpty()) {
            return List.of();
        }
        List<Persoon> bijna18 = register.wordenVolwassenTussen(team.gemeenteCode(), huishoudens,
                vandaag.minusYears(18), vandaag.plusMonths(TRANSITIE_MAANDEN).minusYears(18));
        if (bijna18.isEmpty()) {
            return List.of();
        }
        List<String> afgerond = jdbc.sql("select persoon_bsn from transitie_afgerond where team_id = :team and persoon_bsn in (:bsns)")
                .param("team", teamId).param("bsns", bijna18.stream().map(Persoon::bsn).toList()).query(String.class).list();
        Map<Long, Long> zaakVanHuishouden = huishoudens.stream().collect(Collectors.toMap(Function.identity(),
                h -> zaken.vanHuishouden(team.gemeenteCode(), h).stream().filter(Zaak::isOpen).findFirst().map(Zaak::id).orElse(0L)));
        return bijna18.stream().filter(p -> !afgerond.contains(p.bsn()))
                .map(p -> new Taak(Soort.TRANSITIE_18, zaakVanHuishouden.get(p.huishoudenId()),
                        "18-/18+: " + p.naam() + " wordt 18 op " + Formaat.lang(p.geboortedatum().plusYears(18))
                                + ". Jeugdteam en Wmo-team bereiden samen de overgang voor.",
                        p.geboortedatum().plusYears(18).minusMonths(TRANSITIE_MAANDEN), p.bsn()))
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
