package nl.dichtbij.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * One database-wide lock around the whole demo generation, so that of several nodes started on one database only one
 * generates the demo municipality and the others wait and then find every part present. On PostgreSQL a session-level
 * advisory lock on a connection of its own, held from the first demo part to the last: when a node dies, its session
 * ends and the lock goes with it. H2 runs the file database in one process only, so there it locks nothing.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class DemoSlot implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoSlot.class);
    /** "Demo" and Woerden's code; any number no other part of the application locks on. */
    static final long SLEUTEL = 0x44656D6F_0632L;

    private final DataSource dataSource;
    private final ReentrantLock toegang = new ReentrantLock();
    private Connection verbinding;
    private boolean open;
    private long geopendOp;

    DemoSlot(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lock, waiting for another node that holds it; a second call on the same node returns at once. */
    public void openen() {
        toegang.lock();
        try {
            if (open) {
                return;
            }
            Connection c = dataSource.getConnection();
            if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                c.close();
            } else if (!vraag(c, "select pg_try_advisory_lock(?)")) {
                log.info("Demo: een ander knooppunt maakt de demogemeente aan; wachten tot het klaar is");
                try (PreparedStatement wacht = c.prepareStatement("select pg_advisory_lock(?)")) {
                    wacht.setLong(1, SLEUTEL);
                    wacht.execute();
                }
                verbinding = c;
            } else {
                verbinding = c;
            }
            open = true;
            geopendOp = System.nanoTime();
        } catch (SQLException e) {
            throw new IllegalStateException("Demo: slot niet gekregen", e);
        } finally {
            toegang.unlock();
        }
    }

    /** Gives the lock back; the next node waiting for it goes on. */
    public void sluiten() {
        toegang.lock();
        try {
            if (open) {
                log.info("Demo: demogemeente aanwezig ({} ms onder het demoslot)", (System.nanoTime() - geopendOp) / 1_000_000);
            }
            if (verbinding != null) {
                try (Connection c = verbinding) {
                    vraag(c, "select pg_advisory_unlock(?)");
                }
            }
        } catch (SQLException e) {
            log.warn("Demo: slot niet netjes vrijgegeven; het verdwijnt met de verbinding", e);
        } finally {
            verbinding = null;
            open = false;
            toegang.unlock();
        }
    }

    /** A node that stops half-way (a demo part failed) must not keep the others waiting. */
    @Override
    public void destroy() {
        sluiten();
    }

    private static boolean vraag(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, SLEUTEL);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }
}
