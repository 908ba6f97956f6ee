package org.projectnexus.logic.store;

import org.projectnexus.model.NewerSchemaException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.projectnexus.model.NexusException;

/**
 * The database's schema: how far an existing file has come, and Flyway to bring it up to date.
 * Flyway only runs when there is something to migrate: reading its history table is one quick query, where
 * Flyway's own check (scanning and checksumming the migrations) was a noticeable part of every start (measured:
 * docs/performance/log/desktop-bundle.md).
 */
final class Schema {

    /** The highest migration in {@code db/migration} or {@link #javaMigrations}; a test keeps them in step. */
    static final int LATEST = 13;
    /**
     * Numbers below {@link #LATEST} that this build has no migration of (another branch's, numbered apart so that
     * merges do not clash). Remove a number once its migration is in.
     */
    static final java.util.Set<Integer> NOT_SHIPPED = java.util.Set.of();

    /** Migrations written in Java (their version is in their class name), next to the SQL ones in db/migration. */
    static List<JavaMigration> javaMigrations() {
        return List.of(new V7__Backlinks_keyed_by_target(), new V9__Title_keys_in_NFC());
    }

    /** What the history table of an existing database says. */
    enum State {
        /** Every migration up to {@link #LATEST} applied: nothing to do. */
        CURRENT,
        /** Something to migrate, or the history cannot be read this way: Flyway decides. */
        BEHIND,
        /** A migration past {@link #LATEST}: written by a newer Nexus, so not to be touched. */
        NEWER
    }

    private Schema() {
    }

    /**
     * Reads the history table through a read-only connection. {@code null} when the database does not open this
     * way (held by another Nexus, damaged, a wrong password): opening it for writing then says which.
     */
    static State look(String readOnlyUrl, char[] password) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(readOnlyUrl, "nexus", DatabaseEncryption.h2Password(password));
        try (Connection connection = pool.getConnection()) {
            return state(connection);
        } catch (SQLException unreadable) {
            return null;
        } finally {
            pool.dispose();
        }
    }

    private static State state(Connection connection) {
        Map<Integer, Boolean> applied = new TreeMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                applied.merge(Integer.parseInt(rows.getString(1).trim()), rows.getBoolean(2), Boolean::logicalAnd);
            }
        } catch (SQLException | NumberFormatException notOurs) {
            return State.BEHIND; // no history table yet, or versions Nexus never writes: Flyway's rules apply
        }
        if (applied.keySet().stream().anyMatch(version -> version > LATEST)) {
            return State.NEWER;
        }
        for (int version = 1; version <= LATEST; version++) {
            if (!Boolean.TRUE.equals(applied.get(version)) && !NOT_SHIPPED.contains(version)) {
                return State.BEHIND;
            }
        }
        return State.CURRENT;
    }

    /** The refusal for a database that a newer Nexus wrote. */
    static NewerSchemaException newer(Path folder) {
        return new NewerSchemaException("The knowledge base in " + folder
                + " was written by a newer version of Nexus. Update Nexus to open it; nothing was changed.");
    }

    /** The dialect-specific types the migrations name: a LOB, and a text of any length kept in its row (H2). */
    static final Map<String, String> PLACEHOLDERS = Map.of("long_text", "CLOB", "inline_text", "VARCHAR");

    static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .placeholders(PLACEHOLDERS)
                .javaMigrations(javaMigrations().toArray(JavaMigration[]::new))
                .load();
    }

    /** Applies the migrations the database lacks (Flyway also refuses a history it does not know). */
    static void migrate(JdbcConnectionPool pool, Path folder) {
        try {
            flyway(pool).migrate();
        } catch (FlywayException failure) {
            throw new NexusException("The knowledge base in " + folder
                    + " could not be brought up to date: " + failure.getMessage(), failure);
        }
    }
}
