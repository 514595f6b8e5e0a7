package nl.dichtbij.sturing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.dichtbij.sturing.UitkomstSql;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting.Door;
import nl.dichtbij.zrm.ZrmMeting.Moment;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Repository;

/** The outcome monitor's tables (V95): one row per case, resident and side, its kenmerken, and the rows once more per kenmerk. */
@Repository
class Uitkomstopslag {

    /** Who the row is about, filled once at the first scoring: the case's team, the resident's wijk and age band. */
    record Kenmerken(Long teamId, String wijk, String leeftijdsklasse) {
    }

    private static final List<ZrmDomein> DOMEINEN = Arrays.asList(ZrmDomein.values());
    /** The kinds of kenmerk, each with its table of copies (V95). */
    static final List<String> INDELINGEN = List.of("WET", "REGELING", "AANBIEDER", "INTERVENTIE");
    private static final String SCOREKOLOMMEN = DOMEINEN.stream()
            .map(d -> UitkomstSql.kolom("i", d) + ", " + UitkomstSql.kolom("l", d)).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    Uitkomstopslag(JdbcClient jdbc, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transacties);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Applies a scoring to the row of this case, resident and side, creating it with its kenmerken at the first; when another
     * scoring created it meanwhile, the insert is undone to a savepoint and the scoring applied to that row.
     */
    void meting(String gemeente, long zaakId, String bsn, Door door, Uitkomstverloop.Stand stand,
                java.util.function.Supplier<Kenmerken> kenmerken) {
        Optional<Uitkomstverloop> bestaand = lees(gemeente, zaakId, bsn, door);
        if (bestaand.isPresent()) {
            bijwerken(gemeente, zaakId, bsn, door, bestaand.get().met(stand));
            return;
        }
        Kenmerken k = kenmerken.get();
        try {
            savepoint.executeWithoutResult(s -> nieuw(gemeente, zaakId, bsn, door, k, Uitkomstverloop.begin(stand)));
        } catch (DuplicateKeyException gelijktijdig) {
            bijwerken(gemeente, zaakId, bsn, door, lees(gemeente, zaakId, bsn, door).orElseThrow().met(stand));
        }
    }

    /** The row of this case, resident and side, locked for the update that follows. */
    Optional<Uitkomstverloop> lees(String gemeente, long zaakId, String bsn, Door door) {
        return jdbc.sql("select intake_datum, intake_is_intake, laatste_datum, afgesloten, " + SCOREKOLOMMEN
                        + " from uitkomst where gemeente_code = ? and zaak_id = ? and persoon_bsn = ? and door = ? for update")
                .params(gemeente, zaakId, bsn, door.name())
                .query((rs, i) -> verloop(rs)).optional();
    }

    private static Uitkomstverloop verloop(ResultSet rs) throws SQLException {
        Uitkomstverloop.Stand basis = new Uitkomstverloop.Stand(rs.getObject("intake_datum", LocalDate.class),
                rs.getBoolean("intake_is_intake") ? Moment.INTAKE : Moment.TUSSENTIJDS, scores(rs, "i"));
        LocalDate laatste = rs.getObject("laatste_datum", LocalDate.class);
        return new Uitkomstverloop(basis, laatste == null ? null
                : new Uitkomstverloop.Stand(laatste, rs.getBoolean("afgesloten") ? Moment.AFSLUITING : Moment.TUSSENTIJDS, scores(rs, "l")));
    }

    private static Map<ZrmDomein, Integer> scores(ResultSet rs, String soort) throws SQLException {
        Map<ZrmDomein, Integer> scores = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein d : DOMEINEN) {
            Integer score = rs.getObject(UitkomstSql.kolom(soort, d), Integer.class);
            if (score != null) {
                scores.put(d, score);
            }
        }
        return scores;
    }

    private void nieuw(String gemeente, long zaakId, String bsn, Door door, Kenmerken kenmerken, Uitkomstverloop verloop) {
        List<Object> waarden = new ArrayList<>(List.of(gemeente, zaakId, bsn, door.name()));
        waarden.add(kenmerken.teamId());
        waarden.add(kenmerken.wijk());
        waarden.add(kenmerken.leeftijdsklasse());
        waarden.addAll(standKolommen(verloop));
        waarden.addAll(scoreWaarden(verloop));
        jdbc.sql("insert into uitkomst (gemeente_code, zaak_id, persoon_bsn, door, team_id, wijk, leeftijdsklasse, intake_datum, "
                        + "intake_is_intake, laatste_datum, afgesloten, " + SCOREKOLOMMEN + ") values ("
                        + String.join(", ", java.util.Collections.nCopies(waarden.size(), "?")) + ")")
                .params(waarden).update();
    }

    private void bijwerken(String gemeente, long zaakId, String bsn, Door door, Uitkomstverloop verloop) {
        List<Object> waarden = new ArrayList<>(standKolommen(verloop));
        waarden.addAll(scoreWaarden(verloop));
        waarden.addAll(List.of(gemeente, zaakId, bsn, door.name()));
        String zet = DOMEINEN.stream().map(d -> UitkomstSql.kolom("i", d) + " = ?, " + UitkomstSql.kolom("l", d) + " = ?")
                .collect(Collectors.joining(", "));
        jdbc.sql("update uitkomst set intake_datum = ?, intake_is_intake = ?, laatste_datum = ?, afgesloten = ?, " + zet
                        + " where gemeente_code = ? and zaak_id = ? and persoon_bsn = ? and door = ?")
                .params(waarden).update();
    }

    private static List<Object> standKolommen(Uitkomstverloop v) {
        return Arrays.asList(v.basis().datum(), v.basis().intake(), v.laatste() == null ? null : v.laatste().datum(), v.afgesloten());
    }

    private static List<Object> scoreWaarden(Uitkomstverloop v) {
        List<Object> waarden = new ArrayList<>();
        for (ZrmDomein d : DOMEINEN) {
            waarden.add(v.basis().scores().get(d));
            waarden.add(v.laatste() == null ? null : v.laatste().scores().get(d));
        }
        return waarden;
    }

    /** Records that the resident's support falls under this law, regeling or provider; true when it was new. */
    boolean kenmerk(String gemeente, long zaakId, String bsn, String indeling, String code, String naam) {
        try {
            return Boolean.TRUE.equals(savepoint.execute(s -> nieuwKenmerk(gemeente, zaakId, bsn, indeling, code, naam)));
        } catch (DuplicateKeyException gelijktijdig) {
            return false;
        }
    }

    private boolean nieuwKenmerk(String gemeente, long zaakId, String bsn, String indeling, String code, String naam) {
        return jdbc.sql("""
                        insert into uitkomst_kenmerk (gemeente_code, zaak_id, persoon_bsn, indeling, code, naam)
                        select ?, ?, ?, ?, ?, ? from (values (1)) x
                        where not exists (select 1 from uitkomst_kenmerk where gemeente_code = ? and zaak_id = ? and persoon_bsn = ?
                                          and indeling = ? and code = ?)""")
                .params(gemeente, zaakId, bsn, indeling, code, naam.length() > 200 ? naam.substring(0, 200) : naam, gemeente, zaakId, bsn,
                        indeling, code).update() > 0;
    }

    /**
     * Locks the resident's rows in this case, always in the same order, so a rebuild of all his copies waits for a scoring being
     * applied (which holds only its own row) instead of deadlocking with it.
     */
    void vergrendel(String gemeente, long zaakId, String bsn) {
        jdbc.sql("select id from uitkomst where gemeente_code = ? and zaak_id = ? and persoon_bsn = ? order by door for update")
                .params(gemeente, zaakId, bsn).query(Long.class).list();
    }

    /** The resident's copies per kenmerk from one side (a scoring) or both (a new kenmerk), rebuilt from his rows and kenmerken. */
    void herbouwIndelingen(String gemeente, long zaakId, String bsn, Door alleen) {
        String kant = alleen == null ? "" : " and door = '" + alleen.name() + "'";
        String u = DOMEINEN.stream().map(d -> "u." + UitkomstSql.kolom("i", d) + ", u." + UitkomstSql.kolom("l", d))
                .collect(Collectors.joining(", "));
        for (String indeling : INDELINGEN) {
            String tabel = "uitkomst_" + indeling.toLowerCase(java.util.Locale.ROOT);
            jdbc.sql("delete from " + tabel + " where gemeente_code = ? and zaak_id = ? and persoon_bsn = ?" + kant)
                    .params(gemeente, zaakId, bsn).update();
            jdbc.sql("insert into " + tabel + " (gemeente_code, zaak_id, persoon_bsn, door, code, naam, afgesloten, " + SCOREKOLOMMEN
                            + ") select u.gemeente_code, u.zaak_id, u.persoon_bsn, u.door, k.code, k.naam, u.afgesloten, " + u
                            + " from uitkomst u join uitkomst_kenmerk k on k.gemeente_code = u.gemeente_code and k.zaak_id = u.zaak_id"
                            + " and k.persoon_bsn = u.persoon_bsn and k.indeling = ? where u.gemeente_code = ? and u.zaak_id = ? and u.persoon_bsn = ?"
                            + kant.replace("door", "u.door"))
                    .params(indeling, gemeente, zaakId, bsn).update();
        }
    }
}
