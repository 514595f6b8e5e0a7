package nl.dichtbij.programma;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress dashboard of the programme: per project the latest four traffic lights, and per
 * project the history of its monthly reports. Beleid adds a month; beleid and bestuur read.
 */
@Service
public class Programma {

    /** Reports start with the programme (the first progress report is of September 2018). */
    public static final YearMonth EERSTE_MAAND = YearMonth.of(2018, 1);
    static final int MAX_TEKST = 4000;
    private static final Locale NL = Locale.of("nl", "NL");

    private final JdbcClient jdbc;
    private final Clock clock;

    Programma(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String maandNaam(YearMonth maand) {
        return maand.getMonth().getDisplayName(TextStyle.FULL, NL) + " " + maand.getYear();
    }

    public List<Project> projecten(String gemeenteCode) {
        return jdbc.sql("select * from programma_project where gemeente_code = ? order by volgorde, id")
                .param(gemeenteCode).query(this::project).list();
    }

    public Project project(String gemeenteCode, long projectId) {
        return jdbc.sql("select * from programma_project where id = ? and gemeente_code = ?").params(projectId, gemeenteCode)
                .query(this::project).optional().orElseThrow(() -> new NietGevondenException("Het project"));
    }

    /** Every project of the municipality with its latest report. */
    public List<Projectstand> dashboard(String gemeenteCode) {
        Map<Long, Maandrapportage> laatste = jdbc.sql("""
                        select r.* from programma_rapportage r where r.gemeente_code = ?
                        and r.maand = (select max(l.maand) from programma_rapportage l where l.project_id = r.project_id)""")
                .param(gemeenteCode).query(this::rapportage).list().stream()
                .collect(Collectors.toMap(Maandrapportage::projectId, Function.identity()));
        return projecten(gemeenteCode).stream().map(p -> new Projectstand(p, laatste.get(p.id()))).toList();
    }

    /** The monthly reports of a project, newest first. */
    public List<Maandrapportage> historie(String gemeenteCode, long projectId) {
        project(gemeenteCode, projectId);
        return jdbc.sql("select * from programma_rapportage where gemeente_code = ? and project_id = ? order by maand desc")
                .params(gemeenteCode, projectId).query(this::rapportage).list();
    }

    /**
     * Adds the report of one month. Refused, with Dutch messages per field: a missing month or
     * light, a month in the future or already reported, no achieved results, a light that is not
     * on schedule without a bottleneck, a bottleneck light without a measure.
     */
    @Transactional
    public Maandrapportage rapporteren(Gebruiker beleid, long projectId, NieuweRapportage r) {
        if (!beleid.is(Rol.BELEID)) {
            throw new NietGevondenException("Het project");
        }
        Project project = project(beleid.gemeenteCode(), projectId);
        Map<String, String> fouten = new LinkedHashMap<>();
        YearMonth maand = null;
        YearMonth deze = YearMonth.now(clock);
        if (r.jaar() == null || r.maand() == null || r.maand() < 1 || r.maand() > 12) {
            fouten.put(r.jaar() == null ? "jaar" : "maand", "Kies de maand en het jaar waarover u rapporteert.");
        } else {
            maand = YearMonth.of(r.jaar(), r.maand());
            if (maand.isAfter(deze)) {
                fouten.put("maand", "Die maand is nog niet begonnen. Kies " + maandNaam(deze) + " of een maand daarvoor.");
            } else if (maand.isBefore(EERSTE_MAAND)) {
                fouten.put("jaar", "Het programma rapporteert vanaf " + maandNaam(EERSTE_MAAND) + ".");
            } else if (jdbc.sql("select count(*) from programma_rapportage where project_id = ? and maand = ?")
                    .params(project.id(), maand.atDay(1)).query(Long.class).single() > 0) {
                fouten.put("maand", "Over " + maandNaam(maand) + " is al gerapporteerd. Een rapportage verandert niet meer; kies een andere maand.");
            }
        }
        Map<Aspect, Stoplicht> lichten = new EnumMap<>(Aspect.class);
        licht(lichten, fouten, Aspect.RESULTATEN, "resultaten", r.resultaten());
        licht(lichten, fouten, Aspect.PLANNING, "planning", r.planning());
        licht(lichten, fouten, Aspect.FINANCIEN, "financien", r.financien());
        licht(lichten, fouten, Aspect.PERSONEEL, "personeel", r.personeel());
        String behaald = schoon(r.behaaldeResultaten());
        String knelpunten = schoon(r.knelpunten());
        String maatregelen = schoon(r.maatregelen());
        if (behaald == null) {
            fouten.put("behaaldeResultaten", "Schrijf op wat het project deze maand heeft bereikt. Is er niets bereikt? Schrijf dat dan op.");
        }
        boolean nietOpSchema = lichten.values().stream().anyMatch(l -> l != Stoplicht.OP_SCHEMA);
        boolean knelpuntMetMaatregel = lichten.containsValue(Stoplicht.KNELPUNT);
        if (nietOpSchema && knelpunten == null) {
            fouten.put("knelpunten", "Niet alles is op schema. Beschrijf het knelpunt.");
        }
        if (knelpuntMetMaatregel && maatregelen == null) {
            fouten.put("maatregelen", "Bij een knelpunt horen maatregelen. Beschrijf welke maatregelen zijn genomen.");
        }
        lengte(fouten, "behaaldeResultaten", behaald);
        lengte(fouten, "knelpunten", knelpunten);
        lengte(fouten, "maatregelen", maatregelen);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("""
                        insert into programma_rapportage (gemeente_code, project_id, maand, resultaten, planning, financien, personeel,
                        behaalde_resultaten, knelpunten, maatregelen, vastgelegd_door, vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(beleid.gemeenteCode(), project.id(), maand.atDay(1), lichten.get(Aspect.RESULTATEN).name(),
                        lichten.get(Aspect.PLANNING).name(), lichten.get(Aspect.FINANCIEN).name(), lichten.get(Aspect.PERSONEEL).name(),
                        behaald, knelpunten, maatregelen, beleid.actorNaam(), LocalDateTime.now(clock))
                .update();
        return jdbc.sql("select * from programma_rapportage where project_id = ? and maand = ?").params(project.id(), maand.atDay(1))
                .query(this::rapportage).single();
    }

    private static void licht(Map<Aspect, Stoplicht> lichten, Map<String, String> fouten, Aspect aspect, String veld, Stoplicht licht) {
        if (licht == null) {
            fouten.put(veld, "Kies hoe het staat met " + aspect.label().toLowerCase(NL) + ".");
        } else {
            lichten.put(aspect, licht);
        }
    }

    private static void lengte(Map<String, String> fouten, String veld, String tekst) {
        if (tekst != null && tekst.length() > MAX_TEKST) {
            fouten.putIfAbsent(veld, "Deze tekst is te lang: ten hoogste " + MAX_TEKST + " tekens.");
        }
    }

    private static String schoon(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private Project project(ResultSet rs, int i) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("gemeente_code"), rs.getString("code"), rs.getString("naam"),
                rs.getString("doelen"), rs.getString("beoogde_resultaten"));
    }

    private Maandrapportage rapportage(ResultSet rs, int i) throws SQLException {
        Map<Aspect, Stoplicht> lichten = new EnumMap<>(Aspect.class);
        lichten.put(Aspect.RESULTATEN, Stoplicht.valueOf(rs.getString("resultaten")));
        lichten.put(Aspect.PLANNING, Stoplicht.valueOf(rs.getString("planning")));
        lichten.put(Aspect.FINANCIEN, Stoplicht.valueOf(rs.getString("financien")));
        lichten.put(Aspect.PERSONEEL, Stoplicht.valueOf(rs.getString("personeel")));
        return new Maandrapportage(rs.getLong("id"), rs.getLong("project_id"), YearMonth.from(rs.getObject("maand", LocalDate.class)),
                java.util.Collections.unmodifiableMap(lichten), rs.getString("behaalde_resultaten"), rs.getString("knelpunten"), rs.getString("maatregelen"),
                rs.getString("vastgelegd_door"), rs.getObject("vastgelegd_op", LocalDateTime.class));
    }
}
