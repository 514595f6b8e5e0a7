package nl.dichtbij.toegang.internal;

import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierexport;
import nl.dichtbij.dossier.Dossieronderdeel;
import nl.dichtbij.dossier.Vernietiging;
import nl.dichtbij.dossier.Vernietiging.Stap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The resident's meldingen and onderzoeken, for the AVG export and destruction after the retention term. */
@Component
class MeldingenInDossier implements Dossieronderdeel {

    private final JdbcClient jdbc;

    MeldingenInDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "Hulpvragen en onderzoek";
    }

    @Override
    public int volgorde() {
        return 40;
    }

    @Override
    public List<Map<String, Object>> export(String gemeenteCode, String bsn, long huishoudenId) {
        List<Map<String, Object>> items = new java.util.ArrayList<>(jdbc.sql("""
                        select ontvangen_datum, omschrijving, status, kanaal, behandelaar_naam, ingetrokken_op, intrek_reden, intrek_toelichting
                        from melding where gemeente_code = ? and persoon_bsn = ? order by ontvangen_op""")
                .params(gemeenteCode, bsn)
                .query((rs, i) -> {
                    Map<String, Object> item = Dossierexport.item("Soort", "Hulpvraag", "Ontvangen op", rs.getObject(1, java.time.LocalDate.class),
                            "Uw vraag", rs.getString(2), "Status", nl.dichtbij.toegang.MeldingStatus.valueOf(rs.getString(3)).label(),
                            "Via", nl.dichtbij.toegang.Kanaal.valueOf(rs.getString(4)).label(), "Behandelaar", rs.getString(5));
                    if (rs.getTimestamp(6) != null) {
                        item.put("Ingetrokken op", nl.dichtbij.platform.Formaat.tijdstip(rs.getTimestamp(6).toInstant()));
                        item.put("Reden", nl.dichtbij.toegang.Intrekreden.valueOf(rs.getString(7)).label());
                        item.put("Toelichting", rs.getString(8) == null ? "" : rs.getString(8));
                    }
                    return item;
                })
                .list());
        items.addAll(jdbc.sql("""
                        select o.gehouden_op, o.professional_naam, b.levensgebied, b.situatie, b.eigen_kracht, b.nodig
                        from onderzoek o join bevinding b on b.onderzoek_id = o.id
                        where o.gemeente_code = ? and o.persoon_bsn = ? order by o.gehouden_op, b.levensgebied""")
                .params(gemeenteCode, bsn)
                .query((rs, i) -> Dossierexport.item("Soort", "Onderzoek (keukentafelgesprek)", "Datum", rs.getObject(1, java.time.LocalDate.class),
                        "Professional", rs.getString(2), "Levensgebied", rs.getString(3), "Situatie", rs.getString(4),
                        "Eigen kracht", rs.getString(5), "Wat nodig is", rs.getString(6)))
                .list());
        return items;
    }

    @Override
    public int vernietig(String gemeenteCode, long zaakId, boolean proef) {
        return Vernietiging.uitvoeren(jdbc, proef, zaakId,
                new Stap("deelname", "onderzoek_id in (select id from onderzoek where zaak_id = ?)"),
                new Stap("bevinding", "onderzoek_id in (select id from onderzoek where zaak_id = ?)"),
                new Stap("onderzoek", "zaak_id = ?"),
                new Stap("melding_gebied", "melding_id in (select id from melding where zaak_id = ?)"),
                new Stap("melding_gebeurtenis", "melding_id in (select id from melding where zaak_id = ?)"),
                new Stap("melding", "zaak_id = ?"));
    }
}
