package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import nl.dichtbij.berichten.Wachtdagen;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code toewijzing.wachtdagen} (V90) for the starts recorded before it existed, with the same rule the application
 * applies when a start arrives ({@link Wachtdagen}); in Java because the two databases count days between dates differently.
 */
public class V91__berichten_wachtdagen extends BaseJavaMigration {

    private static final int PARTIJ = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement lees = c.createStatement();
             ResultSet rs = lees.executeQuery("select id, ingangsdatum, toegewezen_op, levering_begindatum from toewijzing where levering_begindatum is not null");
             PreparedStatement schrijf = c.prepareStatement("update toewijzing set wachtdagen = ? where id = ?")) {
            int inPartij = 0;
            while (rs.next()) {
                schrijf.setInt(1, Wachtdagen.tussen(rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toInstant(), rs.getDate(4).toLocalDate()));
                schrijf.setLong(2, rs.getLong(1));
                schrijf.addBatch();
                if (++inPartij == PARTIJ) {
                    schrijf.executeBatch();
                    inPartij = 0;
                }
            }
            if (inPartij > 0) {
                schrijf.executeBatch();
            }
        }
    }
}
