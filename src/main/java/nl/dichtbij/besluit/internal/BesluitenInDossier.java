package nl.dichtbij.besluit.internal;

import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierexport;
import nl.dichtbij.dossier.Dossieronderdeel;
import nl.dichtbij.dossier.Vernietiging;
import nl.dichtbij.dossier.Vernietiging.Stap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Requests, decisions and objections about the resident. */
@Component
class BesluitenInDossier implements Dossieronderdeel {

    private final JdbcClient jdbc;

    BesluitenInDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "Aanvragen, besluiten en bezwaren";
    }

    @Override
    public int volgorde() {
        return 10;
    }

    @Override
    public List<Map<String, Object>> export(String gemeenteCode, String bsn, long huishoudenId) {
        return jdbc.sql("""
                        select wet, uitkomst, product_omschrijving, ingangsdatum, einddatum, vorm, aanbieder_naam, status, verzonden_datum
                        from beschikking where gemeente_code = ? and persoon_bsn = ? order by id""")
                .params(gemeenteCode, bsn)
                .query((rs, i) -> Dossierexport.item("Wet", rs.getString(1), "Uitkomst", rs.getString(2), "Voorziening", rs.getString(3),
                        "Van", rs.getObject(4, java.time.LocalDate.class), "Tot", rs.getObject(5, java.time.LocalDate.class),
                        "Vorm", rs.getString(6), "Aanbieder", rs.getString(7), "Status", rs.getString(8),
                        "Verzonden op", rs.getObject(9, java.time.LocalDate.class)))
                .list();
    }

    @Override
    public int vernietig(String gemeenteCode, long zaakId, boolean proef) {
        return Vernietiging.uitvoeren(jdbc, proef, zaakId,
                new Stap("bezwaar_bijlage", "bezwaar_id in (select id from bezwaar where zaak_id = ?)"),
                new Stap("bezwaar", "zaak_id = ?"),
                new Stap("beschikking_historie", "beschikking_id in (select id from beschikking where zaak_id = ?)"),
                new Stap("beschikking", "zaak_id = ?"),
                new Stap("aanvraag", "zaak_id = ?"));
    }
}
