package nl.dichtbij.platform.security;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Parallel requests in one session (a page and its htmx fragments right after login) may each
 * add the same attribute, such as the CSRF token; Spring Session's plain insert then fails the
 * second one on the primary key. An upsert per database lets the last write win instead.
 */
@Configuration(proxyBeanMethods = false)
class SessieConfig {

    static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessieAttributenAlsUpsert(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return switch (DatabaseDriver.fromProductName(product)) {
            case POSTGRESQL -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
            case H2 -> repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
            default -> throw new IllegalStateException("Dichtbij draait op PostgreSQL of H2, niet op " + product);
        };
    }
}
