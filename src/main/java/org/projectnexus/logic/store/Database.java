package org.projectnexus.logic.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.projectnexus.logic.NexusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one knowledge base: a file in the data folder, brought to the current schema
 * by Flyway. Every piece of work runs in its own transaction through {@link #inTransaction}.
 * Opening refuses, with a message a person understands, a database that another Nexus holds, a damaged file
 * and one written by a newer Nexus, and in those cases writes nothing.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "nexus";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(Path folder) {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME);
        if (existsIn(folder)) {
            // First a read-only look: a database from a newer Nexus must not be touched at all,
            // and H2 writes to a file it opens for writing even when nothing changes.
            refuseNewerSchema(url + ";ACCESS_MODE_DATA=r", folder);
        }
        // IFEXISTS is not set: a missing database is created. DB_CLOSE_ON_EXIT=FALSE: we close it ourselves.
        JdbcConnectionPool pool = JdbcConnectionPool.create(url + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "nexus", "");
        try {
            checkOpens(pool, folder);
            flyway(pool).migrate();
            return new Database(pool);
        } catch (FlywayException failure) {
            pool.dispose();
            throw new NexusException("The knowledge base in " + folder
                    + " could not be brought up to date: " + failure.getMessage(), failure);
        } catch (RuntimeException failure) {
            pool.dispose();
            throw failure;
        }
    }

    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        } catch (SQLException failure) {
            throw StoreFailures.translate(failure);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static void checkOpens(JdbcConnectionPool pool, Path folder) {
        try (Connection ignored = pool.getConnection()) {
            LOG.debug("Opened database in {}", folder);
        } catch (SQLException failure) {
            throw openingFailure(failure, folder);
        }
    }

    private static NexusException openingFailure(SQLException failure, Path folder) {
        int code = failure.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseInUseException("The knowledge base in " + folder
                    + " is open in another Nexus. Close that window first, or use another --home folder.", failure);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1 || code == ErrorCode.IO_EXCEPTION_2) {
            return new DatabaseDamagedException("The knowledge base file " + folder.resolve(FILE_NAME + ".mv.db")
                    + " cannot be read: it is damaged or not a Nexus database. Nothing was changed;"
                    + " restore a backup or start with another --home folder.", failure);
        }
        return new NexusException("The knowledge base in " + folder + " could not be opened ("
                + failure.getMessage().lines().findFirst().orElse("unknown reason") + ").", failure);
    }

    private static void refuseNewerSchema(String readOnlyUrl, Path folder) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(readOnlyUrl, "nexus", "");
        try {
            try (Connection ignored = pool.getConnection()) {
                LOG.debug("Looking at the schema of {}", folder);
            } catch (SQLException unreadable) {
                return; // Held by another Nexus or damaged: opening it for writing says which, and writes nothing.
            }
            for (MigrationInfo migration : flyway(pool).info().applied()) {
                if (migration.getState() == MigrationState.FUTURE_SUCCESS
                        || migration.getState() == MigrationState.FUTURE_FAILED) {
                    throw new NewerSchemaException("The knowledge base in " + folder
                            + " was written by a newer version of Nexus (schema " + migration.getVersion()
                            + "). Update Nexus to open it; nothing was changed.");
                }
            }
        } catch (FlywayException failure) {
            throw new NexusException("The knowledge base in " + folder + " could not be read: "
                    + failure.getMessage(), failure);
        } finally {
            pool.dispose();
        }
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .placeholders(Map.of("long_text", "CLOB"))
                .load();
    }

    /** The folder holds a Nexus database already (as opposed to a fresh one about to be created). */
    public static boolean existsIn(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME + ".mv.db"));
    }
}
