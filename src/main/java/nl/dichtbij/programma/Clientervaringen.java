package nl.dichtbij.programma;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.dichtbij.besluit.Besluitcijfers;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.programma.internal.Deelnamesleutel;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory client experience survey per law and year (issue 21, docs/sturing.md): beleid invites the residents who
 * had a Wmo or Jeugdwet provision in the year (from the decisions, {@link Besluitcijfers#ontvangers}), reminds, closes and
 * reports to the minister; the invited answer once, anonymously, in Mijn Dichtbij; the results come with counts under 5
 * suppressed and in the form the minister asks.
 */
@Service
public class Clientervaringen {

    public static final String GRONDSLAG = "Cliëntervaringsonderzoek: uitnodigen van cliënten (Wmo 2015 art. 2.5.1, Jeugdwet art. 2.10)";
    public static final String AL_MEEGEDAAN = "U heeft deze vragenlijst al ingevuld. U kunt één keer meedoen.";
    static final String SOORT = "clientervaring";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final Deelnamesleutel sleutel;
    private final Besluitcijfers besluiten;
    private final DossierLog dossierLog;

    Clientervaringen(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, Deelnamesleutel sleutel, Besluitcijfers besluiten, DossierLog dossierLog) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.sleutel = sleutel;
        this.besluiten = besluiten;
        this.dossierLog = dossierLog;
    }

    /** The surveys of a year, per law (absent: not started). */
    public Map<Wet, Clientervaring> vanJaar(String gemeenteCode, int jaar) {
        Map<Wet, Clientervaring> perWet = new EnumMap<>(Wet.class);
        jdbc.sql("select * from clientervaring where gemeente_code = ? and jaar = ?").params(gemeenteCode, jaar).query(Clientervaringen::onderzoek)
                .list().forEach(o -> perWet.put(o.wet(), o));
        return perWet;
    }

    public Optional<Clientervaring> van(String gemeenteCode, int jaar, Wet wet) {
        return jdbc.sql("select * from clientervaring where gemeente_code = ? and jaar = ? and wet = ?").params(gemeenteCode, jaar, wet.name())
                .query(Clientervaringen::onderzoek).optional();
    }

    /** The years that have a survey, newest first. */
    public List<Integer> jaren(String gemeenteCode) {
        return jdbc.sql("select distinct jaar from clientervaring where gemeente_code = ? order by jaar desc").param(gemeenteCode).query(Integer.class).list();
    }

    /**
     * Takes the next step of the cycle for a law and year, when the order allows it ({@link Clientervaring#fout}); records
     * when and who. Inviting writes the keyed hashes of everyone with a granted provision under the law in the year.
     */
    @Transactional
    public Clientervaring stap(Gebruiker beleid, int jaar, Wet wet, Clientervaring.Stap stap) {
        if (!beleid.is(Rol.BELEID)) {
            throw new NietGevondenException("Het cliëntervaringsonderzoek");
        }
        if (!Stelling.WETTEN.contains(wet)) {
            throw new OngeldigeInvoerException("wet", "Een cliëntervaringsonderzoek is er voor de Wmo en de Jeugdwet.");
        }
        LocalDateTime nu = LocalDateTime.now(clock);
        if (jaar < Enquetes.EERSTE_JAAR || jaar > nu.getYear()) {
            throw new OngeldigeInvoerException("jaar", "Kies een jaar van " + Enquetes.EERSTE_JAAR + " tot en met " + nu.getYear() + ".");
        }
        String door = beleid.actorNaam() + " (" + beleid.gebruikersnaam() + ")";
        Optional<Clientervaring> bestaand = van(beleid.gemeenteCode(), jaar, wet);
        String fout = bestaand.isPresent() ? bestaand.get().fout(stap) : Clientervaring.eersteStap(stap);
        if (fout != null) {
            throw new OngeldigeInvoerException("stap", fout);
        }
        if (stap == Clientervaring.Stap.UITNODIGEN) {
            return uitnodigen(beleid, jaar, wet, nu, door);
        }
        Clientervaring o = bestaand.orElseThrow();
        String kolom = switch (stap) {
            case HERINNEREN -> "herinnerd";
            case SLUITEN -> "gesloten";
            case RAPPORTEREN -> "gerapporteerd";
            case UITNODIGEN -> throw new IllegalStateException();
        };
        int bijgewerkt = jdbc.sql("update clientervaring set " + kolom + "_op = ?, " + kolom + "_door = ?, version = version + 1 where id = ? and version = ?")
                .params(nu, door, o.id(), o.version()).update();
        if (bijgewerkt == 0) {
            throw new OptimisticLockingFailureException("Het cliëntervaringsonderzoek is intussen gewijzigd");
        }
        return van(beleid.gemeenteCode(), jaar, wet).orElseThrow();
    }

    private Clientervaring uitnodigen(Gebruiker beleid, int jaar, Wet wet, LocalDateTime nu, String door) {
        List<String> bsns = besluiten.ontvangers(beleid.gemeenteCode(), wet, jaar);
        try {
            jdbc.sql("insert into clientervaring (gemeente_code, jaar, wet, uitgenodigd, uitgenodigd_op, uitgenodigd_door) values (?, ?, ?, ?, ?, ?)")
                    .params(beleid.gemeenteCode(), jaar, wet.name(), bsns.size(), nu, door).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new OngeldigeInvoerException("stap", "De inwoners zijn al uitgenodigd.");
        }
        Clientervaring o = van(beleid.gemeenteCode(), jaar, wet).orElseThrow();
        List<Object[]> rijen = new ArrayList<>();
        for (String bsn : bsns) {
            rijen.add(new Object[] {beleid.gemeenteCode(), o.id(), sleutel.van(SOORT, o.id(), bsn)});
        }
        for (int i = 0; i < rijen.size(); i += 1_000) {
            jdbcTemplate.batchUpdate("insert into clientervaring_uitnodiging (gemeente_code, onderzoek_id, sleutel) values (?, ?, ?)",
                    rijen.subList(i, Math.min(rijen.size(), i + 1_000)));
        }
        dossierLog.vastleggen(beleid, beleid.gemeenteCode(), bsns, Dossierdeel.BESLUITEN, Handeling.INZIEN, GRONDSLAG);
        return o;
    }

    /** The surveys this resident is invited to and can still answer, newest first. */
    public List<Clientervaring> uitnodigingen(Gebruiker inwoner) {
        if (!inwoner.is(Rol.INWONER) || inwoner.bsn() == null) {
            return List.of();
        }
        List<Clientervaring> open = jdbc.sql("select * from clientervaring where gemeente_code = ? and gesloten_op is null order by jaar desc, wet")
                .param(inwoner.gemeenteCode()).query(Clientervaringen::onderzoek).list();
        return open.stream().filter(o -> jdbc.sql("select count(*) from clientervaring_uitnodiging where onderzoek_id = ? and sleutel = ? and beantwoord = false")
                .params(o.id(), sleutel.van(SOORT, o.id(), inwoner.bsn())).query(Long.class).single() > 0).toList();
    }

    /**
     * Stores the answers of an invited resident without anything that points to him, and marks his invitation answered.
     * Every statement of the law needs an answer ("weet ik niet" is one); a second time, a closed survey or a survey he was
     * not invited to is refused.
     */
    @Transactional
    public void beantwoorden(Gebruiker inwoner, long onderzoekId, Map<Stelling, Antwoord> antwoorden) {
        if (!inwoner.is(Rol.INWONER) || inwoner.bsn() == null) {
            throw new NietGevondenException("De vragenlijst");
        }
        Clientervaring o = jdbc.sql("select * from clientervaring where id = ? and gemeente_code = ?").params(onderzoekId, inwoner.gemeenteCode())
                .query(Clientervaringen::onderzoek).optional().orElseThrow(() -> new NietGevondenException("De vragenlijst"));
        String eigen = sleutel.van(SOORT, o.id(), inwoner.bsn());
        Boolean beantwoord = jdbc.sql("select beantwoord from clientervaring_uitnodiging where onderzoek_id = ? and sleutel = ?").params(o.id(), eigen)
                .query(Boolean.class).optional().orElseThrow(() -> new NietGevondenException("De vragenlijst"));
        if (!o.open()) {
            throw new OngeldigeInvoerException("onderzoek", "Deze vragenlijst is gesloten. U kunt niet meer meedoen.");
        }
        if (beantwoord) {
            throw new OngeldigeInvoerException("onderzoek", AL_MEEGEDAAN);
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        for (Stelling s : Stelling.van(o.wet())) {
            if (antwoorden.get(s) == null) {
                fouten.put(s.veld(), "Kies een antwoord bij: " + s.tekst());
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (jdbc.sql("update clientervaring_uitnodiging set beantwoord = true where onderzoek_id = ? and sleutel = ? and beantwoord = false")
                .params(o.id(), eigen).update() == 0) {
            throw new OngeldigeInvoerException("onderzoek", AL_MEEGEDAAN);
        }
        String respons = UUID.randomUUID().toString();
        for (Stelling s : Stelling.van(o.wet())) {
            jdbc.sql("insert into clientervaring_antwoord (id, gemeente_code, onderzoek_id, respons_id, stelling, score) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID().toString(), o.gemeenteCode(), o.id(), respons, s.name(), antwoorden.get(s).score()).update();
        }
    }

    /** The results of a survey, suppressed under 5, for beleid and bestuur of the municipality. */
    public Ervaringsuitslag uitslag(Gebruiker gebruiker, Clientervaring o) {
        if (!(gebruiker.is(Rol.BELEID) || gebruiker.is(Rol.BESTUUR)) || !o.gemeenteCode().equals(gebruiker.gemeenteCode())) {
            throw new NietGevondenException("Het cliëntervaringsonderzoek");
        }
        int respondenten = jdbc.sql("select count(distinct respons_id) from clientervaring_antwoord where gemeente_code = ? and onderzoek_id = ?")
                .params(o.gemeenteCode(), o.id()).query(Integer.class).single();
        Map<Stelling, int[]> tellingen = new EnumMap<>(Stelling.class);
        jdbc.sql("""
                        select stelling, count(score) as n, sum(case when score >= 4 then 1 else 0 end) as eens
                        from clientervaring_antwoord where gemeente_code = ? and onderzoek_id = ? group by stelling""")
                .params(o.gemeenteCode(), o.id())
                .query((ResultSet rs) -> {
                    tellingen.put(Stelling.valueOf(rs.getString("stelling")), new int[] {rs.getInt("n"), rs.getInt("eens")});
                });
        return Ervaringsuitslag.van(o, respondenten, tellingen);
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private static Clientervaring onderzoek(ResultSet rs, int i) throws SQLException {
        return new Clientervaring(rs.getLong("id"), rs.getString("gemeente_code"), rs.getInt("jaar"), Wet.valueOf(rs.getString("wet")),
                rs.getInt("uitgenodigd"), rs.getObject("uitgenodigd_op", LocalDateTime.class), rs.getString("uitgenodigd_door"),
                rs.getObject("herinnerd_op", LocalDateTime.class), rs.getString("herinnerd_door"),
                rs.getObject("gesloten_op", LocalDateTime.class), rs.getString("gesloten_door"),
                rs.getObject("gerapporteerd_op", LocalDateTime.class), rs.getString("gerapporteerd_door"), rs.getInt("version"));
    }
}
