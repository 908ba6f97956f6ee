package org.projectnexus.logic.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcConnectionPool;

/** Knowledge bases as an earlier schema version had them, for the migration tests (and the window's). */
public final class EarlierSchema {

    /** Rows written into the earlier schema. */
    public interface Rows {
        void write(Connection connection) throws SQLException;
    }

    private EarlierSchema() {
    }

    /** Creates the database in {@code home} with the migrations up to {@code version}, writes the rows, shuts it. */
    public static void write(Path home, String version, Rows rows) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.url(home, null), "nexus", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .placeholders(Schema.PLACEHOLDERS).target(version)
                    .javaMigrations(Schema.javaMigrations().toArray(JavaMigration[]::new)).load().migrate();
            try (Connection connection = pool.getConnection()) {
                rows.write(connection);
            }
        } finally {
            pool.dispose();
        }
        try (Connection last = DriverManager.getConnection(Database.url(home, null), "nexus", "")) {
            last.createStatement().execute("SHUTDOWN");
        }
    }

    /** A note's row as schemas 1 to 5 had it, its text in the row. */
    static void insertNote(Connection connection, UUID id, String title, String body) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry (id, kind, title, title_key,"
                + " body, created_at, updated_at, version) VALUES (?, 'NOTE', ?, ?, ?, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 1)")) {
            insert.setObject(1, id);
            insert.setString(2, title);
            insert.setString(3, title.toLowerCase(java.util.Locale.ROOT));
            insert.setString(4, body);
            insert.executeUpdate();
        }
    }

    /**
     * An entry as schemas 6 and 7 have it: its row in entry, its text (VARCHAR) in entry_text; {@code problem} and
     * {@code solution} only for a challenge.
     */
    public static void insertWithText(Connection connection, UUID id, String kind, String title, String body, String problem,
                               String solution) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry (id, kind, title, title_key,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)")) {
            insert.setObject(1, id);
            insert.setString(2, kind);
            insert.setString(3, title);
            insert.setString(4, title.toLowerCase(java.util.Locale.ROOT));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entry_text (entry_num, body, problem, solution) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, number(connection, id));
            insert.setString(2, body);
            insert.setString(3, problem);
            insert.setString(4, solution);
            insert.executeUpdate();
        }
    }

    /** The number (entry.num) of the entry with this id. */
    static long number(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT num FROM entry WHERE id = ?")) {
            query.setObject(1, id);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
