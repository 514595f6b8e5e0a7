package nl.dichtbij.berichten;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.berichten.xml.Standaard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Jeugdwet toewijzingen (iJw 301) that ran in a period, with what the provider reported of them (start 305, stop 307 and
 * its reason) and who referred the client: the source of the CBS Beleidsinformatie Jeugd (sturing). Withdrawn toewijzingen
 * (RedenWijziging 13) are left out; one municipality at a time.
 */
@Service
@Transactional(readOnly = true)
public class Jeugdhulptrajecten {

    private final JdbcClient jdbc;

    public Jeugdhulptrajecten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A toewijzing and its referrer type (COD327 code, null when not known). */
    public record Traject(Toewijzing toewijzing, String verwijzerType) {
    }

    /**
     * Toewijzingen under the Jeugdwet that overlap {@code begin} to {@code eind} (both included): on the toewijzing's own
     * period or on the delivery the provider reported, whichever is wider. Ordered by client and start.
     */
    public List<Traject> inPeriode(String gemeenteCode, LocalDate begin, LocalDate eind) {
        return jdbc.sql("select " + Toewijzing.KOLOMMEN + ", verwijzer_type from toewijzing "
                        + "where gemeente_code = ? and standaard = ? and ingangsdatum <= ? "
                        + "and (reden_wijziging is null or reden_wijziging <> '13') "
                        + "and (einddatum is null or einddatum >= ? or levering_einddatum is null or levering_einddatum >= ?) "
                        + "order by persoon_bsn, ingangsdatum, id")
                .params(gemeenteCode, Standaard.IJW.name(), eind, begin, begin)
                .query((rs, i) -> new Traject(Toewijzing.RIJ.mapRow(rs, i), rs.getString(26))).list();
    }
}
