package nl.dichtbij.personen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A first delivery as a bulk load: on H2 the register's search indexes are away while it runs and back afterwards, also
 * when it fails, and an interrupted one (the node stopped halfway) is completed; on PostgreSQL it simply runs.
 */
@IntegratieTest
class EersteLeveringIT {

    @Autowired Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;

    private boolean opH2() {
        return jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'pg_indexes'").query(Long.class).single() == 0
                && System.getenv("SPRING_DATASOURCE_URL") == null;
    }

    private List<String> zoekindexen() {
        if (!opH2()) {
            return jdbc.sql("select indexname from pg_indexes where tablename in ('huishouden', 'persoon', 'ouder_kind') order by indexname")
                    .query(String.class).list();
        }
        return jdbc.sql("""
                        select lower(index_name) from information_schema.indexes where lower(table_name) in ('huishouden', 'persoon', 'ouder_kind')
                          and index_type_name = 'INDEX' and not is_generated order by 1""")
                .query(String.class).list();
    }

    @Test
    void theSearchIndexesAreAwayDuringTheLoadAndBackAfterItAlsoWhenItFails() {
        List<String> voor = zoekindexen();
        assertThat(voor).contains("persoon_gemeente_achternaam", "huishouden_postcode_huisnummer");
        AtomicReference<List<String>> tijdens = new AtomicReference<>();
        inschrijvingen.alsEersteLevering(() -> tijdens.set(zoekindexen()));
        if (opH2()) {
            assertThat(tijdens.get()).as("set aside while the delivery runs").doesNotContain("persoon_gemeente_achternaam", "persoon_gemeente_geboortedatum");
        }
        assertThat(zoekindexen()).containsExactlyElementsOf(voor);

        assertThatThrownBy(() -> inschrijvingen.alsEersteLevering(() -> {
            throw new IllegalStateException("levering afgebroken");
        })).hasMessage("levering afgebroken");
        assertThat(zoekindexen()).as("back after a failed delivery").containsExactlyElementsOf(voor);
        assertThat(jdbc.sql("select count(*) from persoon_zoekindex").query(Long.class).single()).isZero();
    }

    @Test
    void anInterruptedLoadIsCompletedAtTheNextStart() {
        if (!opH2()) {
            return;
        }
        // as a node leaves it when it stops halfway: noted, dropped, not rebuilt
        jdbc.sql("insert into persoon_zoekindex (naam, ddl) values ('persoon_gemeente_achternaam', "
                + "'create index if not exists persoon_gemeente_achternaam on persoon (gemeente_code, achternaam)')").update();
        jdbc.sql("drop index persoon_gemeente_achternaam").update();
        assertThat(zoekindexen()).doesNotContain("persoon_gemeente_achternaam");

        inschrijvingen.onderbrokenLeveringAfmaken();
        assertThat(zoekindexen()).contains("persoon_gemeente_achternaam");
        assertThat(jdbc.sql("select count(*) from persoon_zoekindex").query(Long.class).single()).isZero();
    }
}
