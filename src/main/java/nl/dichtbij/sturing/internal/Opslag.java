package nl.dichtbij.sturing.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.sturing.Bron;
import nl.dichtbij.sturing.Regeling;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes and looks up provision rows; every statement names the municipality. Used only inside the sturing module. */
@Repository
public class Opslag {

    private static final int BATCH = 1_000;

    /** A provision to be written. */
    public record Rij(String gemeenteCode, long huishoudenId, String wijk, String kern, Regeling regeling, String product,
                      LocalDate startdatum, LocalDate einddatum, Bron bron, String partner, Long beschikkingId, String door) {
    }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final TransactionTemplate eigenTransactie;

    Opslag(JdbcTemplate template, JdbcClient jdbc, PlatformTransactionManager transacties) {
        this.template = template;
        this.jdbc = jdbc;
        this.eigenTransactie = new TransactionTemplate(transacties);
        // a new area is committed at once, so two imports naming it at the same time wait for each other only briefly
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Batch inserts, a thousand rows per round trip. The caller holds the transaction. Each row also gets
     * its area id and the bit of its regeling: the narrow columns the stacking analysis reads.
     */
    public void opslaan(List<Rij> rijen, Instant nu) {
        Timestamp moment = Timestamp.from(nu);
        Map<List<String>, Integer> gebieden = new HashMap<>();
        for (Rij r : rijen) {
            gebieden.computeIfAbsent(List.of(r.gemeenteCode(), r.kern(), r.wijk()), k -> gebied(k.get(0), k.get(1), k.get(2)));
        }
        for (int van = 0; van < rijen.size(); van += BATCH) {
            template.batchUpdate("""
                            insert into voorziening (gemeente_code, huishouden_id, wijk, kern, gebied_id, regeling, regeling_bit, product, startdatum,
                                einddatum, bron, partner, beschikking_id, geregistreerd_op, geregistreerd_door)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    rijen.subList(van, Math.min(rijen.size(), van + BATCH)).stream().map(r -> new Object[] {r.gemeenteCode(), r.huishoudenId(),
                            r.wijk(), r.kern(), gebieden.get(List.of(r.gemeenteCode(), r.kern(), r.wijk())), r.regeling().name(),
                            r.regeling().bit(), r.product(), Date.valueOf(r.startdatum()),
                            r.einddatum() == null ? null : Date.valueOf(r.einddatum()), r.bron().name(), r.partner(), r.beschikkingId(), moment,
                            r.door()}).toList(),
                    new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.SMALLINT,
                            Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR});
        }
    }

    /** The id of the area (kern and wijk) of a municipality; registers the area the first time it is named. */
    int gebied(String gemeenteCode, String kern, String wijk) {
        return zoekGebied(gemeenteCode, kern, wijk).orElseGet(() -> {
            try {
                eigenTransactie.executeWithoutResult(status -> jdbc.sql("insert into voorziening_gebied (gemeente_code, kern, wijk) values (?, ?, ?)")
                        .params(gemeenteCode, kern, wijk).update());
            } catch (DuplicateKeyException tegelijkIngevoerd) {
                // fine: another registration named the same area at the same moment; read its id below
            }
            return zoekGebied(gemeenteCode, kern, wijk).orElseThrow();
        });
    }

    private Optional<Integer> zoekGebied(String gemeenteCode, String kern, String wijk) {
        return jdbc.sql("select id from voorziening_gebied where gemeente_code = ? and kern = ? and wijk = ?").params(gemeenteCode, kern, wijk)
                .query(Integer.class).optional();
    }

    /** The same fact (household, regeling, product, start) is already known: importing a file twice adds nothing. */
    public boolean bestaat(String gemeenteCode, long huishoudenId, Regeling regeling, String product, LocalDate startdatum) {
        return jdbc.sql("""
                        select count(*) from voorziening where gemeente_code = ? and huishouden_id = ? and regeling = ?
                        and startdatum = ? and lower(product) = lower(?)""")
                .params(gemeenteCode, huishoudenId, regeling.name(), startdatum, product).query(Long.class).single() > 0;
    }

    public boolean vanBeschikking(long beschikkingId) {
        return jdbc.sql("select count(*) from voorziening where beschikking_id = ?").param(beschikkingId).query(Long.class).single() > 0;
    }

    public int nieuweEinddatum(String gemeenteCode, long beschikkingId, LocalDate einddatum) {
        return jdbc.sql("update voorziening set einddatum = ? where gemeente_code = ? and beschikking_id = ?")
                .params(einddatum, gemeenteCode, beschikkingId).update();
    }

    public int vervalt(String gemeenteCode, long beschikkingId) {
        return jdbc.sql("delete from voorziening where gemeente_code = ? and beschikking_id = ?").params(gemeenteCode, beschikkingId).update();
    }

    public boolean heeftBron(String gemeenteCode, Bron bron) {
        return jdbc.sql("select count(*) from voorziening where gemeente_code = ? and bron = ?").params(gemeenteCode, bron.name())
                .query(Long.class).single() > 0;
    }
}
