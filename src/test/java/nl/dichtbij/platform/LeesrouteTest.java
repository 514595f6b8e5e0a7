package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read routing: with {@code dichtbij.datasource.lezen.url} a read-only transaction reads from the standby, every other
 * transaction and every statement outside a transaction from the primary; without it there is one pool. Two H2
 * databases stand in for primary and standby, each saying which one it is.
 */
class LeesrouteTest {

    private static final String PRIMAIR = "jdbc:h2:mem:leesroute_primair;DB_CLOSE_DELAY=-1";
    private static final String STANDBY = "jdbc:h2:mem:leesroute_standby;DB_CLOSE_DELAY=-1";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                    TransactionAutoConfiguration.class))
            .withUserConfiguration(LeesrouteConfig.class, Rapporten.class)
            .withPropertyValues("spring.datasource.url=" + PRIMAIR, "spring.datasource.username=sa", "spring.datasource.password=",
                    "spring.datasource.hikari.maximum-pool-size=3");

    @BeforeAll
    static void tweeDatabases() throws Exception {
        for (String[] db : new String[][] {{PRIMAIR, "primair"}, {STANDBY, "standby"}}) {
            try (Connection c = DriverManager.getConnection(db[0], "sa", ""); Statement s = c.createStatement()) {
                s.execute("create table if not exists waar (naam varchar(20))");
                s.execute("delete from waar");
                s.execute("insert into waar values ('" + db[1] + "')");
            }
        }
    }

    @Test
    void alleenLezenVanDeStandbyDeRestVanDePrimary() {
        context.withPropertyValues("dichtbij.datasource.lezen.url=" + STANDBY, "dichtbij.datasource.lezen.hikari.maximum-pool-size=2").run(ctx -> {
            assertThat(ctx).hasSingleBean(DataSource.class);
            Rapport rapport = ctx.getBean(Rapport.class);
            assertThat(rapport.alleenLezen()).isEqualTo("standby");
            assertThat(rapport.schrijvend()).isEqualTo("primair");
            assertThat(rapport.zonderTransactie()).isEqualTo("primair");
            LeesrouteConfig.Leesroute route = ctx.getBean(LeesrouteConfig.Leesroute.class);
            assertThat(route.leespool().isReadOnly()).isTrue();
            assertThat(route.leespool().getMaximumPoolSize()).isEqualTo(2);
            assertThat(route.schrijfpool().getMaximumPoolSize()).isEqualTo(3);
        });
    }

    @Test
    void zonderInstellingEenPool() {
        context.run(ctx -> {
            assertThat(ctx).doesNotHaveBean(LeesrouteConfig.Leesroute.class);
            assertThat(ctx.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
            assertThat(ctx.getBean(Rapport.class).alleenLezen()).isEqualTo("primair");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Rapporten {
        @Bean
        Rapport rapport(DataSource dataSource) {
            return new Rapport(new JdbcTemplate(dataSource));
        }
    }

    static class Rapport {

        private final JdbcTemplate jdbc;

        Rapport(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        public String alleenLezen() {
            return waar();
        }

        @Transactional
        public String schrijvend() {
            return waar();
        }

        public String zonderTransactie() {
            return waar();
        }

        private String waar() {
            return jdbc.queryForObject("select naam from waar", String.class);
        }
    }
}
