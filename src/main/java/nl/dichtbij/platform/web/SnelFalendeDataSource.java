package nl.dichtbij.platform.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Within one request, a pool that gave no connection in time is not waited for again: the rest
 * of that request fails at once. Spring Session saves a new session a second time after a failed
 * save, so without this a first visit during an outage took twice the connection timeout.
 * Only requests inside {@link StoringFilter} are affected, never scheduled jobs.
 */
final class SnelFalendeDataSource extends DelegatingDataSource {

    private static final ThreadLocal<boolean[]> VERZOEK = new ThreadLocal<>();

    SnelFalendeDataSource(DataSource pool) {
        super(pool);
    }

    static void begin() {
        VERZOEK.set(new boolean[1]);
    }

    static void einde() {
        VERZOEK.remove();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return verbinding(() -> super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return verbinding(() -> super.getConnection(username, password));
    }

    private interface Verbinding {
        Connection open() throws SQLException;
    }

    private static Connection verbinding(Verbinding verbinding) throws SQLException {
        boolean[] onbereikbaar = VERZOEK.get();
        if (onbereikbaar != null && onbereikbaar[0]) {
            throw new SQLTransientConnectionException("De database gaf eerder in dit verzoek geen verbinding");
        }
        try {
            return verbinding.open();
        } catch (SQLTransientConnectionException e) {
            if (onbereikbaar != null) {
                onbereikbaar[0] = true;
            }
            throw e;
        }
    }

    /** Wraps the application's connection pool. */
    static BeanPostProcessor omPool() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && !(bean instanceof SnelFalendeDataSource) ? new SnelFalendeDataSource(pool) : bean;
            }
        };
    }
}
