package nl.dichtbij.veiligheid;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child protection measures the municipality recorded (OTS, voogdij, jeugdreclassering by a gecertificeerde instelling)
 * that ran in a period: for the CBS Beleidsinformatie Jeugd (sturing). One municipality at a time.
 */
@Service
@Transactional(readOnly = true)
public class Maatregelregister {

    private final JdbcClient jdbc;

    public Maatregelregister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One measure: the case it is recorded on, the child, the GI, the kind and its days (end null while it runs). */
    public record Vastgelegd(long id, long zaakId, String kindBsn, String giAgb, String giNaam, Maatregelsoort soort, LocalDate start,
                             LocalDate eind) {
    }

    /** Measures that ran on a day from {@code begin} to {@code eind} (both included), by child and start. */
    public List<Vastgelegd> inPeriode(String gemeenteCode, LocalDate begin, LocalDate eind) {
        return jdbc.sql("""
                        select id, zaak_id, kind_bsn, gi_agb, gi_naam, maatregel, start_datum, eind_datum from jeugdbeschermingsmaatregel
                        where gemeente_code = ? and start_datum <= ? and (eind_datum is null or eind_datum >= ?)
                        order by kind_bsn, start_datum, id""")
                .params(gemeenteCode, eind, begin)
                .query((rs, i) -> new Vastgelegd(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Maatregelsoort.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class))).list();
    }
}
