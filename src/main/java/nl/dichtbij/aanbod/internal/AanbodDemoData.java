package nl.dichtbij.aanbod.internal;

import nl.dichtbij.platform.demo.Demodeel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The products Woerden and Montfoort grant and the providers they contracted (demo). */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class AanbodDemoData implements Demodeel {

    private final JdbcClient jdbc;

    AanbodDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "aanbod";
    }

    @Override
    @Transactional
    public void vullen() {
        if (jdbc.sql("select count(*) from product").query(Long.class).single() > 0) {
            return;
        }
        for (String gemeente : new String[] {"0632", "0335"}) {
            product(gemeente, "JEUGDWET", "JZ020", "45", "45A01", "Ambulante jeugdhulp individueel");
            product(gemeente, "JEUGDWET", "JZ020", "45", "45A02", "Ambulante gezinsbegeleiding");
            product(gemeente, "JEUGDWET", "JZ020", "55", "55A11", "Landelijk ingekochte zorg, ambulant");
            product(gemeente, "JEUGDWET", "JZ020", "55", "55A12", "Landelijk ingekochte zorg, verblijf");
            product(gemeente, "WMO", "WMO020", "01", "01A01", "Hulp bij het huishouden");
            product(gemeente, "WMO", "WMO020", "02", "02A01", "Begeleiding individueel");
            product(gemeente, "WMO", "WMO020", "03", "03A01", "Persoonlijke verzorging");
            product(gemeente, "WMO", "WMO020", "07", "07A01", "Dagbesteding");
            product(gemeente, "PARTICIPATIEWET", null, null, "PW001", "Bijzondere bijstand");
            product(gemeente, "PARTICIPATIEWET", null, null, "PW002", "Re-integratietraject");
            product(gemeente, "SCHULDHULP", null, null, "SH001", "Schuldhulpverlening: budgetbeheer");
            product(gemeente, "SCHULDHULP", null, null, "SH002", "Schuldhulpverlening: schuldregeling");
        }
        long voorbeeld = aanbieder("42420001", "Jeugdhulp Voorbeeld B.V.");
        long dichtbij = aanbieder("42420002", "Zorg Dichtbij Woerden");
        long fermwerk = aanbieder("42420003", "FermWerk");
        for (String gemeente : new String[] {"0632", "0335"}) {
            contract(voorbeeld, gemeente, "JEUGDWET", "45");
            contract(voorbeeld, gemeente, "JEUGDWET", "55");
            contract(voorbeeld, gemeente, "WMO", "02");
            contract(voorbeeld, gemeente, "WMO", "03");
            contract(dichtbij, gemeente, "WMO", "01");
            contract(dichtbij, gemeente, "WMO", "02");
            contract(dichtbij, gemeente, "WMO", "07");
            contract(fermwerk, gemeente, "PARTICIPATIEWET", null);
        }
    }

    private void product(String gemeente, String wet, String lijst, String categorie, String code, String omschrijving) {
        jdbc.sql("insert into product (gemeente_code, wet, categorie_lijst, categorie, code, omschrijving, actief) values (?, ?, ?, ?, ?, ?, true)")
                .params(gemeente, wet, lijst, categorie, code, omschrijving).update();
    }

    private long aanbieder(String agb, String naam) {
        jdbc.sql("insert into aanbieder (agb_code, naam) values (?, ?)").params(agb, naam).update();
        return jdbc.sql("select id from aanbieder where agb_code = ?").param(agb).query(Long.class).single();
    }

    private void contract(long aanbieder, String gemeente, String wet, String categorie) {
        jdbc.sql("insert into contract (aanbieder_id, gemeente_code, wet, categorie) values (?, ?, ?, ?)")
                .params(aanbieder, gemeente, wet, categorie).update();
    }
}
