package nl.dichtbij.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Heavy reads on the standby (docs/operations.md, "Read routing"). When {@code dichtbij.datasource.lezen.url}
 * is set, the application's one {@link DataSource} is a {@link LazyConnectionDataSourceProxy} over the primary's
 * pool whose read-only transactions ({@code @Transactional(readOnly = true)}, such as the steering reports of
 * {@code sturing}) take their connection from a second pool on the standby. Everything else, and everything
 * outside a read-only transaction, goes to the primary. Without the setting Spring Boot's own pool is used and
 * nothing changes.
 *
 * <p>The read pool takes the same {@code spring.datasource.hikari.*} settings as the primary's, then
 * {@code dichtbij.datasource.lezen.hikari.*}; user and password default to the primary's. Only one DataSource bean
 * exists, so readiness checks the primary only: a standby that is down must not take the nodes out of service
 * (its reports then fail with a 503 until it is back).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dichtbij.datasource.lezen.url")
class LeesrouteConfig {

    @Bean
    Leesroute dataSource(DataSourceProperties properties, Environment omgeving) {
        Binder binder = Binder.get(omgeving);
        HikariDataSource schrijven = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(schrijven));
        HikariDataSource lezen = DataSourceBuilder.create().type(HikariDataSource.class)
                .driverClassName(properties.determineDriverClassName())
                .url(omgeving.getRequiredProperty("dichtbij.datasource.lezen.url"))
                .username(omgeving.getProperty("dichtbij.datasource.lezen.username", properties.determineUsername()))
                .password(omgeving.getProperty("dichtbij.datasource.lezen.password", properties.determinePassword()))
                .build();
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(lezen));
        binder.bind("dichtbij.datasource.lezen.hikari", Bindable.ofInstance(lezen));
        lezen.setPoolName(schrijven.getPoolName() == null ? "lezen" : schrijven.getPoolName() + "-lezen");
        lezen.setReadOnly(true);
        return new Leesroute(schrijven, lezen);
    }

    /** The primary's pool with a read-only pool beside it; closing it closes both. */
    static final class Leesroute extends LazyConnectionDataSourceProxy implements AutoCloseable {

        private final HikariDataSource schrijven;
        private final HikariDataSource lezen;

        Leesroute(HikariDataSource schrijven, HikariDataSource lezen) {
            super(schrijven);
            this.schrijven = schrijven;
            this.lezen = lezen;
            setReadOnlyDataSource(lezen);
        }

        HikariDataSource schrijfpool() {
            return schrijven;
        }

        HikariDataSource leespool() {
            return lezen;
        }

        @Override
        public void close() {
            lezen.close();
            schrijven.close();
        }
    }
}
