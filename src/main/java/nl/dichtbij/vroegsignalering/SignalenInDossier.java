package nl.dichtbij.vroegsignalering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierexport;
import nl.dichtbij.dossier.Dossieronderdeel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signals of debts about the resident in his AVG export (art. 15): those naming him by BSN, and those about his household
 * that came by address, while they are kept. Destruction is this module's own ({@link Signaalbewaring}): a signal is tied
 * to the household, not to a case, so a closed case's term destroys nothing here.
 */
@Component
class SignalenInDossier implements Dossieronderdeel {

    private final JdbcClient jdbc;

    SignalenInDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "Signalen van schulden (vroegsignalering)";
    }

    @Override
    public int volgorde() {
        return 35;
    }

    @Override
    public List<Map<String, Object>> export(String gemeenteCode, String bsn, long huishoudenId) {
        return jdbc.sql("""
                        select v.ontvangen_datum, b.naam, v.bron_soort, v.kenmerk, v.signaal_datum, v.achterstand, v.dreiging, v.uiterlijk_contact,
                               v.eerste_contact, v.uitkomst, v.uitkomst_datum, v.gestopt_op,
                               (select count(*) from vroegsignaal_contact c where c.signaal_id = v.id)
                        from vroegsignaal v join signaalbron b on b.id = v.bron_id
                        where v.gemeente_code = ? and v.gewist_op is null
                          and (v.persoon_bsn = ? or (v.persoon_bsn is null and v.huishouden_id = ?))
                        order by v.ontvangen_datum, v.id""")
                .params(gemeenteCode, bsn, huishoudenId)
                .query((rs, i) -> Dossierexport.item("Ontvangen", rs.getObject(1, LocalDate.class),
                        "Van", rs.getString(2) + " (" + Bronsoort.valueOf(rs.getString(3)).label() + ")", "Kenmerk", rs.getString(4),
                        "Datum achterstand", rs.getObject(5, LocalDate.class), "Achterstand", Achterstand.valueOf(rs.getString(6)).label(),
                        "Dreiging", rs.getBoolean(7) ? Bronsoort.valueOf(rs.getString(3)).dreiging() : "Nee",
                        "Eerste contact uiterlijk", rs.getObject(8, LocalDate.class), "Eerste contact", rs.getObject(9, LocalDate.class),
                        "Contactpogingen", rs.getInt(13),
                        "Uitkomst", rs.getString(10) == null ? "Nog niet afgerond" : Uitkomst.valueOf(rs.getString(10)).label(),
                        "Datum uitkomst", rs.getObject(11, LocalDate.class), "Gestopt met de schuldhulp", rs.getObject(12, LocalDate.class)))
                .list();
    }

    @Override
    public int vernietig(String gemeenteCode, long zaakId, boolean proef) {
        return 0;
    }
}
