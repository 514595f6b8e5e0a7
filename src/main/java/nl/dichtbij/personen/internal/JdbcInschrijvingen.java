package nl.dichtbij.personen.internal;

import java.sql.Date;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import nl.dichtbij.personen.Bsn;
import nl.dichtbij.personen.Inschrijvingen;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes deliveries with batched inserts. So that a delivery can start the moment the database is migrated, it uses the
 * DataSource itself, not the JdbcTemplate and TransactionTemplate beans: those wait for the migration.
 */
@Repository
class JdbcInschrijvingen implements Inschrijvingen {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;

    JdbcInschrijvingen(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactie = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    @Override
    public void inschrijven(List<NieuwHuishouden> huishoudens, List<Inschrijving> personen, List<Ouderschap> ouderschappen) {
        controleer(huishoudens, personen, ouderschappen);
        transactie.executeWithoutResult(status -> {
            jdbc.batchUpdate("insert into huishouden (id, gemeente_code, straat, huisnummer, postcode, woonplaats, wijk) values (?, ?, ?, ?, ?, ?, ?)",
                    huishoudens.stream().map(h -> new Object[] {h.id(), h.gemeenteCode(), h.straat(), h.huisnummer(), h.postcode(),
                            h.woonplaats(), h.wijk()}).toList(),
                    new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
            jdbc.batchUpdate("""
                            insert into persoon (bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum)
                            values (?, ?, ?, ?, ?, ?, ?)""",
                    personen.stream().map(p -> new Object[] {p.bsn(), p.gemeenteCode(), p.huishoudenId(), p.voornaam(), p.tussenvoegsel(),
                            p.achternaam(), Date.valueOf(p.geboortedatum())}).toList(),
                    new int[] {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE});
            jdbc.batchUpdate("insert into ouder_kind (ouder_bsn, kind_bsn) values (?, ?)",
                    ouderschappen.stream().map(r -> new Object[] {r.ouderBsn(), r.kindBsn()}).toList(), new int[] {Types.VARCHAR, Types.VARCHAR});
        });
    }

    private static void controleer(List<NieuwHuishouden> huishoudens, List<Inschrijving> personen, List<Ouderschap> ouderschappen) {
        Map<Long, String> gemeenteVan = new HashMap<>();
        huishoudens.forEach(h -> {
            if (h.gemeenteCode() == null || h.gemeenteCode().isBlank()) {
                throw new IllegalArgumentException("Huishouden " + h.id() + " heeft geen gemeente");
            }
            gemeenteVan.put(h.id(), h.gemeenteCode());
        });
        for (Inschrijving p : personen) {
            if (!Bsn.isGeldig(p.bsn())) {
                throw new IllegalArgumentException("Geen geldig BSN: " + Bsn.gemaskeerd(p.bsn()));
            }
            if (p.achternaam() == null || p.achternaam().isBlank() || p.geboortedatum() == null) {
                throw new IllegalArgumentException("Persoon " + Bsn.gemaskeerd(p.bsn()) + " heeft geen achternaam of geboortedatum");
            }
            String gemeente = gemeenteVan.get(p.huishoudenId());
            if (gemeente != null && !gemeente.equals(p.gemeenteCode())) {
                throw new IllegalArgumentException("Persoon " + Bsn.gemaskeerd(p.bsn()) + " woont in een huishouden van een andere gemeente");
            }
        }
        for (Ouderschap o : ouderschappen) {
            if (!Bsn.isGeldig(o.ouderBsn()) || !Bsn.isGeldig(o.kindBsn()) || o.ouderBsn().equals(o.kindBsn())) {
                throw new IllegalArgumentException("Ongeldige ouder-kindrelatie");
            }
        }
    }

    @Override
    public Set<String> ingeschreven(Collection<String> bsns) {
        Set<String> gevonden = new HashSet<>();
        for (String bsn : Set.copyOf(bsns)) {
            Long aantal = jdbc.queryForObject("select count(*) from persoon where bsn = ?", Long.class, bsn);
            if (aantal != null && aantal > 0) {
                gevonden.add(bsn);
            }
        }
        return gevonden;
    }

    @Override
    public void alsEersteLevering(Runnable levering) {
        onderbrokenLeveringAfmaken();
        if (!opH2()) {
            levering.run();
            return;
        }
        Map<String, String> zoekindexen = zoekindexenOpH2();
        zoekindexen.forEach((naam, ddl) -> jdbc.update("insert into persoon_zoekindex (naam, ddl) values (?, ?)", naam, ddl));
        zoekindexen.keySet().forEach(naam -> jdbc.execute("drop index if exists " + naam));
        try {
            levering.run();
        } finally {
            onderbrokenLeveringAfmaken();
        }
    }

    @Override
    public void onderbrokenLeveringAfmaken() {
        jdbc.query("select naam, ddl from persoon_zoekindex order by naam", (rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(index -> {
                    jdbc.execute(index.getValue());
                    jdbc.update("delete from persoon_zoekindex where naam = ?", index.getKey());
                });
    }

    /**
     * The plain (not unique, not made for a key or constraint) indexes of the register's tables on H2, each as the
     * statement that makes it again; read from the catalogue, so a migration that adds one needs nothing here.
     */
    private Map<String, String> zoekindexenOpH2() {
        Map<String, List<String>> kolommen = new java.util.TreeMap<>();
        Map<String, String> tabel = new HashMap<>();
        jdbc.query("""
                        select i.index_name, i.table_name, c.column_name from information_schema.indexes i
                        join information_schema.index_columns c on c.index_schema = i.index_schema and c.index_name = i.index_name
                        where i.table_schema = current_schema and lower(i.table_name) in ('huishouden', 'persoon', 'ouder_kind')
                          and i.index_type_name = 'INDEX' and not i.is_generated
                        order by i.index_name, c.ordinal_position""", rs -> {
            kolommen.computeIfAbsent(rs.getString(1), n -> new java.util.ArrayList<>()).add(rs.getString(3));
            tabel.put(rs.getString(1), rs.getString(2));
        });
        Map<String, String> ddl = new java.util.LinkedHashMap<>();
        kolommen.forEach((naam, k) -> ddl.put(naam, "create index if not exists " + naam + " on " + tabel.get(naam) + " (" + String.join(", ", k) + ")"));
        return ddl;
    }

    private boolean opH2() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> "H2".equals(c.getMetaData().getDatabaseProductName())));
    }

    @Override
    public void allesUitschrijven() {
        transactie.executeWithoutResult(status -> {
            jdbc.update("delete from ouder_kind");
            jdbc.update("delete from persoon");
            jdbc.update("delete from huishouden");
        });
    }
}
