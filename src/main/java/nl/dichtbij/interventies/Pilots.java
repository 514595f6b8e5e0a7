package nl.dichtbij.interventies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.interventies.internal.Pilotregels;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's pilots (issue 18), as plan-do-check-act. Beleid registers a pilot in Plan and moves it one phase at a time:
 * Do when it runs, Check with what the evaluation found, Act with the decision taken. Whoever reads the intervention register
 * reads the pilots; another municipality never does. Every step raises the version in the statement that checks it, so a
 * second click or a colleague's step in between is refused. The rules are {@link Pilotregels}.
 */
@Service
public class Pilots {

    private static final String PILOT = """
            select p.id, p.gemeente_code, p.vraag, p.interventie_id, i.naam as interventie_naam, p.van, p.tot, p.evaluatiedatum, p.fase,
                   p.bevindingen, p.besluit, p.versie, p.vastgelegd_door, p.vastgelegd_op, p.gewijzigd_door, p.gewijzigd_op
            from pilot p left join interventie i on i.id = p.interventie_id\s""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Interventies interventies;

    Pilots(JdbcClient jdbc, Clock clock, Interventies interventies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.interventies = interventies;
    }

    /** Someone else moved the pilot on since the page was read. */
    public static class IntussenGewijzigd extends OngeldigeInvoerException {
        IntussenGewijzigd() {
            super("versie", "Iemand anders heeft deze pilot intussen gewijzigd. Kijk in welke fase hij nu is en probeer het dan opnieuw.");
        }
    }

    /** The municipality's pilots: the running ones first, each by its evaluation date. */
    @Transactional(readOnly = true)
    public List<Pilot> lijst(Gebruiker lezer) {
        Interventies.magLezen(lezer);
        return jdbc.sql(PILOT + "where p.gemeente_code = ? order by case when p.fase = 'ACT' then 1 else 0 end, p.evaluatiedatum, p.id limit 500")
                .param(lezer.gemeenteCode()).query((rs, i) -> pilot(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Pilot> pilot(String gemeenteCode, long id) {
        return jdbc.sql(PILOT + "where p.id = ? and p.gemeente_code = ?").params(id, gemeenteCode).query((rs, i) -> pilot(rs)).optional();
    }

    @Transactional(readOnly = true)
    public Pilot pilot(Gebruiker lezer, long id) {
        Interventies.magLezen(lezer);
        return pilot(lezer.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("Pilot " + id));
    }

    /** The pilots that try this intervention. */
    @Transactional(readOnly = true)
    public List<Pilot> vanInterventie(Gebruiker lezer, long interventieId) {
        Interventies.magLezen(lezer);
        return jdbc.sql(PILOT + "where p.gemeente_code = ? and p.interventie_id = ? order by p.van desc, p.id")
                .params(lezer.gemeenteCode(), interventieId).query((rs, i) -> pilot(rs)).list();
    }

    /** Registers a pilot in its first phase, Plan. */
    @Transactional
    public long registreren(Gebruiker beleid, NieuwePilot nieuw) {
        Interventies.magVastleggen(beleid);
        boolean interventieBestaat = nieuw.interventieId() != null && interventies.interventie(beleid.gemeenteCode(), nieuw.interventieId()).isPresent();
        Map<String, String> fouten = Pilotregels.pilot(nieuw, interventieBestaat);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Timestamp nu = Timestamp.from(clock.instant());
        GeneratedKeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into pilot (gemeente_code, vraag, interventie_id, van, tot, evaluatiedatum, fase, versie, vastgelegd_door, vastgelegd_op,
                            gewijzigd_door, gewijzigd_op) values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""")
                .params(beleid.gemeenteCode(), nieuw.vraag().strip(), nieuw.interventieId(), nieuw.van(), nieuw.tot(), nieuw.evaluatiedatum(),
                        Pilotfase.PLAN.name(), beleid.actorNaam(), nu, beleid.actorNaam(), nu)
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    /**
     * Moves the pilot to its next phase, from the version that was read. Findings given are kept (they belong to Check and
     * Act); the decision is required to move to Act. Returns the new phase.
     */
    @Transactional
    public Pilotfase naarVolgendeFase(Gebruiker beleid, long id, long versie, String bevindingen, String besluit) {
        Interventies.magVastleggen(beleid);
        Pilot p = pilot(beleid, id);
        if (p.versie() != versie && !p.afgerond()) {
            throw new IntussenGewijzigd();
        }
        Map<String, String> fouten = Pilotregels.volgendeFase(p.fase(), bevindingen == null || bevindingen.isBlank() ? p.bevindingen() : bevindingen,
                besluit);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Pilotfase volgende = p.fase().volgende().orElseThrow();
        int bijgewerkt = jdbc.sql("""
                        update pilot set fase = ?, bevindingen = coalesce(?, bevindingen), besluit = ?, versie = versie + 1, gewijzigd_door = ?,
                            gewijzigd_op = ? where id = ? and gemeente_code = ? and versie = ? and fase = ?""")
                .params(volgende.name(), tekst(bevindingen), tekst(besluit), beleid.actorNaam(), Timestamp.from(clock.instant()), id,
                        beleid.gemeenteCode(), versie, p.fase().name())
                .update();
        if (bijgewerkt == 0) {
            throw new IntussenGewijzigd();
        }
        return volgende;
    }

    private static Pilot pilot(ResultSet rs) throws SQLException {
        return new Pilot(rs.getLong("id"), rs.getString("gemeente_code"), rs.getString("vraag"), (Long) rs.getObject("interventie_id", Long.class),
                rs.getString("interventie_naam"), rs.getObject("van", LocalDate.class), rs.getObject("tot", LocalDate.class),
                rs.getObject("evaluatiedatum", LocalDate.class), Pilotfase.valueOf(rs.getString("fase")), rs.getString("bevindingen"),
                rs.getString("besluit"), rs.getLong("versie"), rs.getString("vastgelegd_door"), rs.getTimestamp("vastgelegd_op").toInstant(),
                rs.getString("gewijzigd_door"), rs.getTimestamp("gewijzigd_op").toInstant());
    }

    private static String tekst(String t) {
        return t == null || t.isBlank() ? null : t.strip();
    }
}
