package nl.dichtbij.programma;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.programma.internal.Deelnamesleutel;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly client experience survey (Wmo art. 2.5.1, Jeugdwet art. 2.10). Beleid opens and
 * closes a year; residents answer once, anonymously; beleid and bestuur read the results.
 * See docs/programma.md for how anonymity and "only once" go together.
 */
@Service
public class Enquetes {

    /** Fewer respondents than this and a figure is not shown. */
    public static final int MINIMUM = 5;
    public static final int EERSTE_JAAR = 2017;
    public static final String AL_MEEGEDAAN = "U heeft deze vragenlijst al ingevuld. U kunt één keer meedoen.";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Deelnamesleutel sleutel;

    Enquetes(JdbcClient jdbc, Clock clock, Deelnamesleutel sleutel) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sleutel = sleutel;
    }

    /** All years of the municipality, newest first. */
    public List<Enquete> enquetes(String gemeenteCode) {
        return jdbc.sql("select * from enquete where gemeente_code = ? order by jaar desc").param(gemeenteCode).query(this::enquete).list();
    }

    /** The survey residents can answer now: the newest open one. */
    public Optional<Enquete> open(String gemeenteCode) {
        return jdbc.sql("select * from enquete where gemeente_code = ? and status = 'OPEN' order by jaar desc limit 1")
                .param(gemeenteCode).query(this::enquete).optional();
    }

    public Enquete vanJaar(String gemeenteCode, int jaar) {
        return jdbc.sql("select * from enquete where gemeente_code = ? and jaar = ?").params(gemeenteCode, jaar)
                .query(this::enquete).optional().orElseThrow(() -> new NietGevondenException("De enquête van " + jaar));
    }

    /**
     * Opens the survey of a year (new, or a closed one again). One survey is open at a time:
     * another open year is closed.
     */
    @Transactional
    public Enquete openen(Gebruiker beleid, Integer jaar) {
        alleenBeleid(beleid);
        int ditJaar = LocalDateTime.now(clock).getYear();
        if (jaar == null || jaar < EERSTE_JAAR || jaar > ditJaar + 1) {
            throw new OngeldigeInvoerException("jaar", "Kies een jaar van " + EERSTE_JAAR + " tot en met " + (ditJaar + 1) + ".");
        }
        LocalDateTime nu = LocalDateTime.now(clock);
        jdbc.sql("update enquete set status = 'GESLOTEN', gesloten_op = ? where gemeente_code = ? and status = 'OPEN' and jaar <> ?")
                .params(nu, beleid.gemeenteCode(), jaar).update();
        int bijgewerkt = jdbc.sql("update enquete set status = 'OPEN', gesloten_op = null where gemeente_code = ? and jaar = ?")
                .params(beleid.gemeenteCode(), jaar).update();
        if (bijgewerkt == 0) {
            jdbc.sql("insert into enquete (gemeente_code, jaar, status, geopend_op) values (?, ?, 'OPEN', ?)")
                    .params(beleid.gemeenteCode(), jaar, nu).update();
        }
        return vanJaar(beleid.gemeenteCode(), jaar);
    }

    @Transactional
    public Enquete sluiten(Gebruiker beleid, int jaar) {
        alleenBeleid(beleid);
        Enquete enquete = vanJaar(beleid.gemeenteCode(), jaar);
        jdbc.sql("update enquete set status = 'GESLOTEN', gesloten_op = ? where id = ? and status = 'OPEN'")
                .params(LocalDateTime.now(clock), enquete.id()).update();
        return vanJaar(beleid.gemeenteCode(), jaar);
    }

    /** Whether this resident (or the resident he acts for) already answered this survey. */
    public boolean meegedaan(Gebruiker inwoner, Enquete enquete) {
        return inwoner.bsn() != null && jdbc.sql("select count(*) from enquete_deelname where enquete_id = ? and sleutel = ?")
                .params(enquete.id(), sleutel.van(enquete.id(), inwoner.bsn())).query(Long.class).single() > 0;
    }

    /**
     * Stores the answers without anything that points to the person, and the keyed hash that
     * says this person took part. Every question needs an answer ("weet ik niet" is one);
     * a second time is refused.
     */
    @Transactional
    public void beantwoorden(Gebruiker inwoner, long enqueteId, Map<Vraag, Antwoord> antwoorden) {
        if (!inwoner.is(Rol.INWONER) || inwoner.bsn() == null) {
            throw new NietGevondenException("De enquête");
        }
        Enquete enquete = jdbc.sql("select * from enquete where id = ? and gemeente_code = ?").params(enqueteId, inwoner.gemeenteCode())
                .query(this::enquete).optional().orElseThrow(() -> new NietGevondenException("De enquête"));
        if (!enquete.open()) {
            throw new OngeldigeInvoerException("enquete", "Deze enquête is gesloten. U kunt niet meer meedoen.");
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        for (Vraag vraag : Vraag.values()) {
            if (antwoorden.get(vraag) == null) {
                fouten.put(vraag.veld(), "Kies een antwoord bij: " + vraag.stelling());
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        try {
            jdbc.sql("insert into enquete_deelname (gemeente_code, enquete_id, sleutel) values (?, ?, ?)")
                    .params(enquete.gemeenteCode(), enquete.id(), sleutel.van(enquete.id(), inwoner.bsn())).update();
        } catch (DuplicateKeyException e) {
            throw new OngeldigeInvoerException("enquete", AL_MEEGEDAAN);
        }
        String respons = UUID.randomUUID().toString();
        for (Vraag vraag : Vraag.values()) {
            jdbc.sql("insert into enquete_antwoord (id, gemeente_code, enquete_id, respons_id, vraag, score) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID().toString(), enquete.gemeenteCode(), enquete.id(), respons, vraag.name(), antwoorden.get(vraag).score())
                    .update();
        }
    }

    /** The results of a year: per question the share that agrees, against target, ambition and 2017; small counts suppressed. */
    public Uitslag uitslag(String gemeenteCode, int jaar) {
        Enquete enquete = vanJaar(gemeenteCode, jaar);
        int respondenten = jdbc.sql("select count(distinct respons_id) from enquete_antwoord where gemeente_code = ? and enquete_id = ?")
                .params(gemeenteCode, enquete.id()).query(Integer.class).single();
        Map<Vraag, int[]> tellingen = new EnumMap<>(Vraag.class);
        jdbc.sql("""
                        select vraag, count(score) as n, sum(case when score >= 4 then 1 else 0 end) as eens
                        from enquete_antwoord where gemeente_code = ? and enquete_id = ? group by vraag""")
                .params(gemeenteCode, enquete.id())
                .query((ResultSet rs) -> {
                    tellingen.put(Vraag.valueOf(rs.getString("vraag")), new int[] {rs.getInt("n"), rs.getInt("eens")});
                });
        boolean geheelOnderdrukt = respondenten < MINIMUM;
        List<Uitslag.Resultaat> resultaten = new ArrayList<>();
        for (Vraag vraag : Vraag.values()) {
            int[] t = tellingen.getOrDefault(vraag, new int[] {0, 0});
            boolean onderdrukt = geheelOnderdrukt || t[0] < MINIMUM;
            resultaten.add(onderdrukt
                    ? new Uitslag.Resultaat(vraag, null, null, null, true)
                    : new Uitslag.Resultaat(vraag, t[0], t[1], BigDecimal.valueOf(t[1] * 100L).divide(BigDecimal.valueOf(t[0]), 1, RoundingMode.HALF_UP), false));
        }
        return new Uitslag(enquete, geheelOnderdrukt ? null : respondenten, geheelOnderdrukt, List.copyOf(resultaten));
    }

    private static void alleenBeleid(Gebruiker gebruiker) {
        if (!gebruiker.is(Rol.BELEID)) {
            throw new NietGevondenException("De enquête");
        }
    }

    private Enquete enquete(ResultSet rs, int i) throws SQLException {
        return new Enquete(rs.getLong("id"), rs.getString("gemeente_code"), rs.getInt("jaar"), Enquete.Status.valueOf(rs.getString("status")),
                rs.getObject("geopend_op", LocalDateTime.class), rs.getObject("gesloten_op", LocalDateTime.class));
    }
}
