package nl.dichtbij.besluit;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The deadline board: open aanvragen and bezwaren due this week or overdue, and decisions to re-assess. */
@Service
public class Termijnbord {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonenRegister register;
    private final DossierLog dossierLog;

    Termijnbord(JdbcClient jdbc, Clock clock, PersonenRegister register, DossierLog dossierLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.register = register;
        this.dossierLog = dossierLog;
    }

    /** {@code persoonBsn}: whom the aanvraag or the contested decision is about; pages name him, the API leaves him out. */
    public record Regel(String soort, long id, long zaakId, String omschrijving, LocalDate uiterlijk, boolean verlopen,
                        @com.fasterxml.jackson.annotation.JsonIgnore String persoonBsn) {
    }

    private static final String GRONDSLAG = "Termijnen van het team: wettelijke taak (AVG art. 6 lid 1e)";

    /** The names of the residents these lines are about, in one query, logged as a look at their personalia. */
    public Map<String, String> namen(Gebruiker medewerker, List<Regel> regels) {
        List<String> bsns = regels.stream().map(Regel::persoonBsn).filter(java.util.Objects::nonNull).distinct().toList();
        if (bsns.isEmpty()) {
            return Map.of();
        }
        Map<String, Persoon> personen = register.personen(medewerker.gemeenteCode(), bsns);
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), personen.keySet(), GRONDSLAG);
        return personen.values().stream().collect(Collectors.toMap(Persoon::bsn, Persoon::naam));
    }

    /** The most the board lists of each kind (aanvragen, bezwaren). */
    public static final int MAXIMUM = 200;

    /** What is due by the end of this week (Sunday) or already overdue, for one team or (teamId null) the municipality. */
    public List<Regel> dezeWeek(Gebruiker gebruiker, Long teamId) {
        return dezeWeek(gebruiker, teamId, MAXIMUM);
    }

    /** The first {@code aantal} of {@link #dezeWeek(Gebruiker, Long)}, the earliest first: what a page shows before "meer". */
    public List<Regel> dezeWeek(Gebruiker gebruiker, Long teamId, int aantal) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate zondag = vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        String team = teamId == null ? "" : " and team_id = " + teamId.longValue();
        List<Regel> aanvragen = jdbc.sql("""
                        select id, zaak_id, omschrijving, coalesce(verdaagd_tot, termijn_einde) as uiterlijk, persoon_bsn from aanvraag
                        where gemeente_code = :gemeente and besloten = false and coalesce(verdaagd_tot, termijn_einde) <= :zondag"""
                        + team + " order by uiterlijk, id limit :aantal")
                .param("gemeente", gebruiker.gemeenteCode()).param("zondag", zondag).param("aantal", aantal)
                .query((rs, i) -> {
                    LocalDate uiterlijk = rs.getObject("uiterlijk", LocalDate.class);
                    return new Regel("Aanvraag", rs.getLong("id"), rs.getLong("zaak_id"), rs.getString("omschrijving"), uiterlijk, uiterlijk.isBefore(vandaag),
                            rs.getString("persoon_bsn"));
                }).list();
        String bezwaarTeam = teamId == null ? "" : " and b.zaak_id in (select a.zaak_id from aanvraag a where a.team_id = " + teamId.longValue() + ")";
        List<Regel> bezwaren = jdbc.sql("""
                        select b.id, b.zaak_id, b.beslissen_uiterlijk, k.persoon_bsn from bezwaar b join beschikking k on k.id = b.beschikking_id
                        where b.gemeente_code = :gemeente and b.status = 'OPEN' and b.beslissen_uiterlijk <= :zondag"""
                        + bezwaarTeam + " order by b.beslissen_uiterlijk, b.id limit :aantal")
                .param("gemeente", gebruiker.gemeenteCode()).param("zondag", zondag).param("aantal", aantal)
                .query((rs, i) -> {
                    LocalDate uiterlijk = rs.getObject("beslissen_uiterlijk", LocalDate.class);
                    return new Regel("Bezwaar", rs.getLong("id"), rs.getLong("zaak_id"), "Beslissing op bezwaar", uiterlijk, uiterlijk.isBefore(vandaag),
                            rs.getString("persoon_bsn"));
                }).list();
        return java.util.stream.Stream.concat(aanvragen.stream(), bezwaren.stream())
                .sorted(java.util.Comparator.comparing(Regel::uiterlijk)).limit(aantal).toList();
    }

    /**
     * One page of the board: what is due by Sunday or overdue, for one team or (teamId null) the municipality, the earliest
     * first, aanvragen and bezwaren in one order so every page is whole.
     */
    public nl.dichtbij.platform.Pagina<Regel> pagina(Gebruiker gebruiker, Long teamId, int pagina, int grootte) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate zondag = vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        String aanvraagTeam = teamId == null ? "" : " and team_id = " + teamId.longValue();
        String bezwaarTeam = teamId == null ? "" : " and b.zaak_id in (select a.zaak_id from aanvraag a where a.team_id = " + teamId.longValue() + ")";
        String beide = """
                select 'Aanvraag' as soort, id, zaak_id, omschrijving, coalesce(verdaagd_tot, termijn_einde) as uiterlijk, persoon_bsn from aanvraag
                where gemeente_code = :gemeente and besloten = false and coalesce(verdaagd_tot, termijn_einde) <= :zondag""" + aanvraagTeam + """

                union all
                select 'Bezwaar' as soort, b.id, b.zaak_id, 'Beslissing op bezwaar' as omschrijving, b.beslissen_uiterlijk as uiterlijk,
                       k.persoon_bsn from bezwaar b join beschikking k on k.id = b.beschikking_id
                where b.gemeente_code = :gemeente and b.status = 'OPEN' and b.beslissen_uiterlijk <= :zondag""" + bezwaarTeam;
        long totaal = jdbc.sql("select count(*) from (" + beide + ") t").param("gemeente", gebruiker.gemeenteCode()).param("zondag", zondag)
                .query(Long.class).single();
        List<Regel> regels = jdbc.sql("select soort, id, zaak_id, omschrijving, uiterlijk, persoon_bsn from (" + beide + ") t order by uiterlijk, soort, id"
                        + " limit :grootte offset :offset")
                .param("gemeente", gebruiker.gemeenteCode()).param("zondag", zondag).param("grootte", grootte)
                .param("offset", (long) pagina * grootte)
                .query((rs, i) -> {
                    LocalDate uiterlijk = rs.getObject("uiterlijk", LocalDate.class);
                    return new Regel(rs.getString("soort"), rs.getLong("id"), rs.getLong("zaak_id"), rs.getString("omschrijving"), uiterlijk,
                            uiterlijk.isBefore(vandaag), rs.getString("persoon_bsn"));
                }).list();
        return new nl.dichtbij.platform.Pagina<>(regels, pagina, grootte, totaal);
    }

    /** The aanvragen and bezwaren of these cases that are due within a week or overdue: a professional's own deadlines. */
    public List<Regel> binnenEenWeek(Gebruiker medewerker, List<Long> zaakIds) {
        if (zaakIds.isEmpty()) {
            return List.of();
        }
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate grens = vandaag.plusDays(7);
        List<Regel> aanvragen = jdbc.sql("""
                        select id, zaak_id, omschrijving, coalesce(verdaagd_tot, termijn_einde) as uiterlijk, persoon_bsn from aanvraag
                        where gemeente_code = :gemeente and besloten = false and coalesce(verdaagd_tot, termijn_einde) <= :grens
                        and zaak_id in (:zaken) order by uiterlijk limit 100""")
                .param("gemeente", medewerker.gemeenteCode()).param("grens", grens).param("zaken", zaakIds)
                .query((rs, i) -> {
                    LocalDate uiterlijk = rs.getObject("uiterlijk", LocalDate.class);
                    return new Regel("Aanvraag", rs.getLong("id"), rs.getLong("zaak_id"), rs.getString("omschrijving"), uiterlijk, uiterlijk.isBefore(vandaag),
                            rs.getString("persoon_bsn"));
                }).list();
        List<Regel> bezwaren = jdbc.sql("""
                        select b.id, b.zaak_id, b.beslissen_uiterlijk, k.persoon_bsn from bezwaar b join beschikking k on k.id = b.beschikking_id
                        where b.gemeente_code = :gemeente and b.status = 'OPEN' and b.beslissen_uiterlijk <= :grens and b.zaak_id in (:zaken)
                        order by b.beslissen_uiterlijk limit 100""")
                .param("gemeente", medewerker.gemeenteCode()).param("grens", grens).param("zaken", zaakIds)
                .query((rs, i) -> {
                    LocalDate uiterlijk = rs.getObject("beslissen_uiterlijk", LocalDate.class);
                    return new Regel("Bezwaar", rs.getLong("id"), rs.getLong("zaak_id"), "Beslissing op bezwaar", uiterlijk, uiterlijk.isBefore(vandaag),
                            rs.getString("persoon_bsn"));
                }).list();
        return java.util.stream.Stream.concat(aanvragen.stream(), bezwaren.stream()).sorted(java.util.Comparator.comparing(Regel::uiterlijk)).toList();
    }

    /** Decisions ending within eight weeks in the given cases: time to prepare the herindicatie. */
    public List<Regel> herindicaties(Gebruiker medewerker, List<Long> zaakIds) {
        if (zaakIds.isEmpty()) {
            return List.of();
        }
        LocalDate vandaag = LocalDate.now(clock);
        return jdbc.sql("""
                        select id, zaak_id, product_omschrijving, einddatum, persoon_bsn from beschikking
                        where gemeente_code = :gemeente and status in ('VASTGESTELD', 'GEWIJZIGD') and einddatum is not null
                        and einddatum >= :vandaag and einddatum <= :grens and zaak_id in (:zaken) order by einddatum limit 100""")
                .param("gemeente", medewerker.gemeenteCode()).param("vandaag", vandaag)
                .param("grens", vandaag.plusWeeks(Besluiten.HERINDICATIE_WEKEN)).param("zaken", zaakIds)
                .query((rs, i) -> new Regel("Herindicatie", rs.getLong("id"), rs.getLong("zaak_id"),
                        "Herindicatie: " + rs.getString("product_omschrijving") + " loopt af", rs.getObject("einddatum", LocalDate.class), false,
                        rs.getString("persoon_bsn")))
                .list();
    }
}
