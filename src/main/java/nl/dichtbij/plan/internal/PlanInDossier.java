package nl.dichtbij.plan.internal;

import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierexport;
import nl.dichtbij.dossier.Dossieronderdeel;
import nl.dichtbij.dossier.Vernietiging;
import nl.dichtbij.dossier.Vernietiging.Stap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The household's plan: goals, actions and the providers' progress notes, for the export; everything of a case's plan at destruction. */
@Component
class PlanInDossier implements Dossieronderdeel {

    private static final String DOELEN_VAN_ZAAK = "doel_id in (select d.id from doel d join plan p on p.id = d.plan_id where p.zaak_id = ?)";

    private final JdbcClient jdbc;

    PlanInDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "Ondersteuningsplan";
    }

    @Override
    public int volgorde() {
        return 20;
    }

    @Override
    public List<Map<String, Object>> export(String gemeenteCode, String bsn, long huishoudenId) {
        List<Map<String, Object>> items = new java.util.ArrayList<>(doelen(gemeenteCode, huishoudenId));
        // the providers' progress notes on the household's goals (issue 17)
        items.addAll(jdbc.sql("""
                        select d.omschrijving, v.aanbieder_naam, v.periode_van, v.periode_tot, v.tekst, v.goed_gegaan, v.aandacht
                        from plan p join doel d on d.plan_id = p.id join voortgangsnotitie v on v.doel_id = d.id
                        where p.gemeente_code = ? and p.huishouden_id = ? order by d.id, v.id""")
                .params(gemeenteCode, huishoudenId)
                .query((rs, i) -> Dossierexport.item("Doel", rs.getString(1), "Voortgang van", rs.getString(2),
                        "Periode van", rs.getObject(3, java.time.LocalDate.class), "Periode tot", rs.getObject(4, java.time.LocalDate.class),
                        "Voortgang", rs.getString(5), "Wat ging goed", rs.getString(6), "Wat aandacht nodig heeft", rs.getString(7)))
                .list());
        return items;
    }

    private List<Map<String, Object>> doelen(String gemeenteCode, long huishoudenId) {
        return jdbc.sql("""
                        select d.omschrijving, d.levensgebied, d.actief, a.omschrijving, a.uitvoerder_naam, a.vanaf, a.tot
                        from plan p join doel d on d.plan_id = p.id left join actie a on a.doel_id = d.id
                        where p.gemeente_code = ? and p.huishouden_id = ? order by d.id, a.id""")
                .params(gemeenteCode, huishoudenId)
                .query((rs, i) -> Dossierexport.item("Doel", rs.getString(1), "Levensgebied", rs.getString(2),
                        "Doel loopt nog", rs.getBoolean(3) ? "ja" : "nee", "Actie", rs.getString(4), "Wie", rs.getString(5),
                        "Vanaf", rs.getObject(6, java.time.LocalDate.class), "Tot", rs.getObject(7, java.time.LocalDate.class)))
                .list();
    }

    @Override
    public int vernietig(String gemeenteCode, long zaakId, boolean proef) {
        return Vernietiging.uitvoeren(jdbc, proef, zaakId,
                new Stap("voortgangsnotitie", DOELEN_VAN_ZAAK),
                new Stap("evaluatie", DOELEN_VAN_ZAAK),
                new Stap("actie", DOELEN_VAN_ZAAK),
                new Stap("doel", "plan_id in (select id from plan where zaak_id = ?)"),
                new Stap("plan_reactie", "plan_id in (select id from plan where zaak_id = ?)"),
                new Stap("plan_versie", "plan_id in (select id from plan where zaak_id = ?)"),
                new Stap("plan", "zaak_id = ?"));
    }
}
