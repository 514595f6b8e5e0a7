package nl.dichtbij.sturing.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.sturing.Bron;
import nl.dichtbij.sturing.Regeling;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    Opslag(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /** Batch inserts, a thousand rows per round trip. The caller holds the transaction. */
    public void opslaan(List<Rij> rijen, Instant nu) {
        Timestamp moment = Timestamp.from(nu);
        for (int van = 0; van < rijen.size(); van += BATCH) {
            template.batchUpdate("""
                            insert into voorziening (gemeente_code, huishouden_id, wijk, kern, regeling, product, startdatum, einddatum, bron,
                                partner, beschikking_id, geregistreerd_op, geregistreerd_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    rijen.subList(van, Math.min(rijen.size(), van + BATCH)).stream().map(r -> new Object[] {r.gemeenteCode(), r.huishoudenId(),
                            r.wijk(), r.kern(), r.regeling().name(), r.product(), Date.valueOf(r.startdatum()),
                            r.einddatum() == null ? null : Date.valueOf(r.einddatum()), r.bron().name(), r.partner(), r.beschikkingId(), moment,
                            r.door()}).toList(),
                    new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
                            Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR});
        }
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
