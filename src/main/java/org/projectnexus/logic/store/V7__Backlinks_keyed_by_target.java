package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 7 (ADR 28): the table {@code entry_backlink} takes over from the index on {@code entry_link.target_key}.
 * In Java, because its keys hash each target key as {@link BacklinkIndex} does; Flyway takes the version from the
 * class name.
 */
public final class V7__Backlinks_keyed_by_target extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE entry_backlink (link_key BIGINT NOT NULL PRIMARY KEY,"
                    + " targets VARCHAR NOT NULL)");
        }
        List<BacklinkIndex.Row> backlinks = new ArrayList<>();
        // Link rows come in key order, so an entry's rows come together.
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT entry_num, target_key FROM entry_link ORDER BY row_key")) {
            long entry = -1;
            List<String> targets = new ArrayList<>();
            while (rows.next()) {
                if (rows.getLong(1) != entry) {
                    backlinks.addAll(BacklinkIndex.rowsOf(entry, targets));
                    entry = rows.getLong(1);
                    targets.clear();
                }
                targets.add(rows.getString(2));
            }
            backlinks.addAll(BacklinkIndex.rowsOf(entry, targets));
        }
        BacklinkIndex.insert(connection, backlinks);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX entry_link_by_target");
        }
    }
}
