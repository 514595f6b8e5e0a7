package nl.dichtbij.zrm.internal;

import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierexport;
import nl.dichtbij.dossier.Dossieronderdeel;
import nl.dichtbij.dossier.Vernietiging;
import nl.dichtbij.dossier.Vernietiging.Stap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ZRM scores about the resident. */
@Component
class ZrmInDossier implements Dossieronderdeel {

    private final JdbcClient jdbc;

    ZrmInDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "Zelfredzaamheid (ZRM)";
    }

    @Override
    public int volgorde() {
        return 30;
    }

    @Override
    public List<Map<String, Object>> export(String gemeenteCode, String bsn, long huishoudenId) {
        return jdbc.sql("""
                        select m.datum, m.door, m.moment, s.domein, s.score, s.geen_score from zrm_meting m join score s on s.zrm_meting_id = m.id
                        where m.gemeente_code = ? and m.persoon_bsn = ? order by m.datum, m.id, s.domein""")
                .params(gemeenteCode, bsn)
                .query((rs, i) -> Dossierexport.item("Datum", rs.getObject(1, java.time.LocalDate.class), "Ingevuld door", rs.getString(2),
                        "Moment", rs.getString(3), "Domein", rs.getString(4), "Score (1-5)", rs.getObject(5) != null ? (Object) rs.getInt(5)
                                : rs.getString(6) == null ? null : nl.dichtbij.zrm.ZrmMeting.GeenScore.valueOf(rs.getString(6)).label()))
                .list();
    }

    @Override
    public int vernietig(String gemeenteCode, long zaakId, boolean proef) {
        return Vernietiging.uitvoeren(jdbc, proef, zaakId,
                new Stap("score", "zrm_meting_id in (select id from zrm_meting where zaak_id = ?)"),
                new Stap("zrm_meting", "zaak_id = ?"));
    }
}
