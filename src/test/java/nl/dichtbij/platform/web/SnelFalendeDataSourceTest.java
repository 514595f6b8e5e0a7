package nl.dichtbij.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

class SnelFalendeDataSourceTest {

    private final AtomicInteger pogingen = new AtomicInteger();
    private final SnelFalendeDataSource bron = new SnelFalendeDataSource(new AbstractDataSource() {
        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            pogingen.incrementAndGet();
            throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms");
        }

        @Override
        public java.sql.Connection getConnection(String username, String password) throws java.sql.SQLException {
            return getConnection();
        }
    });

    @Test
    void withinOneRequestThePoolIsWaitedForOnlyOnce() {
        SnelFalendeDataSource.begin();
        try {
            assertThatThrownBy(bron::getConnection).isInstanceOf(SQLTransientConnectionException.class);
            assertThatThrownBy(bron::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        } finally {
            SnelFalendeDataSource.einde();
        }
        assertThat(pogingen).hasValue(1);
    }

    @Test
    void outsideARequestEveryCallTriesThePool() {
        assertThatThrownBy(bron::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        assertThatThrownBy(bron::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(pogingen).hasValue(2);
    }
}
