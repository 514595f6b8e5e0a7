package nl.dichtbij.regie.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierexport;
import nl.dichtbij.dossier.Dossieronderdeel;
import nl.dichtbij.dossier.GeslotenZaken;
import nl.dichtbij.dossier.Vernietiging;
import nl.dichtbij.dossier.Vernietiging.Stap;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The household's cases and the messages it received; closed cases for the retention run. The case itself goes last. */
@Component
class ZakenInDossier implements Dossieronderdeel, GeslotenZaken {

    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;

    ZakenInDossier(JdbcClient jdbc, Gemeenten gemeenten) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
    }

    @Override
    public String naam() {
        return "Zaak en regie";
    }

    @Override
    public int volgorde() {
        return 50;
    }

    @Override
    public List<Map<String, Object>> export(String gemeenteCode, String bsn, long huishoudenId) {
        List<Map<String, Object>> items = new java.util.ArrayList<>(jdbc.sql("""
                        select geopend_op, regisseur_naam, regievorm, open, gesloten_op, sluitreden from zaak
                        where gemeente_code = ? and huishouden_id = ? order by id""")
                .params(gemeenteCode, huishoudenId)
                .query((rs, i) -> Dossierexport.item("Zaak geopend op", rs.getObject(1, java.time.OffsetDateTime.class).toLocalDate(),
                        "Regisseur", rs.getString(2), "Regievorm", rs.getString(3), "Open", rs.getBoolean(4) ? "ja" : "nee",
                        "Gesloten op", rs.getObject(5, java.time.OffsetDateTime.class) == null ? "" : rs.getObject(5, java.time.OffsetDateTime.class).toLocalDate(),
                        "Reden sluiten", rs.getString(6)))
                .list());
        items.addAll(jdbc.sql("""
                        select b.tijdstip, b.tekst from zaak_bericht b join zaak z on z.id = b.zaak_id
                        where z.gemeente_code = ? and z.huishouden_id = ? order by b.tijdstip""")
                .params(gemeenteCode, huishoudenId)
                .query((rs, i) -> Dossierexport.item("Bericht op", rs.getObject(1, java.time.OffsetDateTime.class).toLocalDate(), "Bericht", rs.getString(2)))
                .list());
        return items;
    }

    @Override
    public int vernietig(String gemeenteCode, long zaakId, boolean proef) {
        return Vernietiging.uitvoeren(jdbc, proef, zaakId,
                new Stap("escalatie", "zaak_id = ?"),
                new Stap("zaak_overdracht", "zaak_id = ?"),
                new Stap("zaak_bericht", "zaak_id = ?"),
                new Stap("zaak", "id = ?"));
    }

    @Override
    public List<GeslotenZaak> geslotenVoor(String gemeenteCode, Instant grens) {
        Map<Long, Doelgroep> teams = gemeenten.teams(gemeenteCode).stream().collect(java.util.stream.Collectors.toMap(Team::id, Team::doelgroep));
        return jdbc.sql("select id, huishouden_id, lead_team_id, gesloten_op from zaak where gemeente_code = ? and open = false and gesloten_op < ? order by id")
                .params(gemeenteCode, Timestamp.from(grens))
                .query((rs, i) -> new GeslotenZaak(rs.getLong(1), rs.getLong(2), teams.get(rs.getLong(3)) == Doelgroep.JEUGD,
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
