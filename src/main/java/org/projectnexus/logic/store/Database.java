package org.projectnexus.logic.store;

import org.projectnexus.model.NewerSchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.projectnexus.model.NexusException;
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

    /** How Nexus opens its database; why each setting, in {@link #connect}. */
    private static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE;QUERY_CACHE_SIZE=64";
    /**
     * H2's page cache, in KB, for a database that stays open (the window): a quarter of H2's default, as the window's
     * resting memory is bounded (ADR 43: the cache held most of the heap at rest). Given at every opening, because
     * H2 keeps a cache size set before in the file.
     */
    static final long CACHE_KB = 16 * 1024;

    /**
     * H2's page cache, in KB, for one command: an eighth of the heap, from 64 MB (H2's default) up to 256 MB. A large
     * import is one transaction, and its commit goes over every row it wrote: with H2's default, the pages of a large
     * import had left the cache by then and were read back from the file (measured: ADR 27).
     * The window keeps its smaller cache ({@link #CACHE_KB}): after a large import, its search index reads every
     * text, and a larger cache would keep them, against its memory at rest (issue #5, ADR 43).
     */
    static long cacheSizeKb(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / 1024;
        return Math.max(64 * 1024, Math.min(256 * 1024, eighth));
    }

    /** Below this share of live data in the file (or in its chunks), a close compacts it. */
    static final int MIN_FILL_PERCENT = 80;

    private final Path folder;
    private final char[] password;
    /** What H2 gets as the file password: derived from {@link #password} (see DatabaseEncryption#fileKey). */
    private volatile char[] key;
    private final String settings;
    private volatile JdbcConnectionPool pool;

    private Database(Path folder, char[] password, char[] key, String settings, Runnable beforeUpdate) {
        this.folder = folder;
        this.password = password;
        this.key = key;
        this.settings = settings;
        this.pool = connect(folder, key, settings, beforeUpdate);
    }

    public static Database open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (creating if needed) the database in {@code folder}; with a password it is (or becomes, if new)
     * encrypted with AES, under a file key derived from it (an older encrypted file is brought to that scheme
     * first). The password is kept in memory only, for reopening after a restore.
     */
    public static Database open(Path folder, char[] password) {
        return open(folder, password, false);
    }

    /** As {@link #open(Path, char[])}; {@code oneCommand}: it is closed when a command is done (see CACHE_KB). */
    public static Database open(Path folder, char[] password, boolean oneCommand) {
        return open(folder, password, oneCommand, () -> { });
    }

    /**
     * As {@link #open(Path, char[], boolean)}; {@code beforeUpdate} runs, on this thread, just before the schema of
     * an existing database is brought up to date: a migration runs once after an update of Nexus, and can take
     * seconds on a large knowledge base, so the caller may tell the user why it waits.
     */
    public static Database open(Path folder, char[] password, boolean oneCommand, Runnable beforeUpdate) {
        return open(folder, password, oneCommand, beforeUpdate, null);
    }

    /**
     * As {@link #open(Path, char[], boolean, Runnable)}; {@code ahead} (or null) is the file key's derivation, started
     * sooner for this folder and password: the key is taken from it if it is the right one (ADR 50).
     */
    public static Database open(Path folder, char[] password, boolean oneCommand, Runnable beforeUpdate,
                                FileKeyAhead ahead) {
        PrivateFiles.createDataFolder(folder);
        DatabaseEncryption.checkPassword(folder, password);
        // An older encrypted file is re-encrypted, and an older schema updated: the user is told once for both.
        java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable tellOnce = () -> {
            if (!told.getAndSet(true)) {
                beforeUpdate.run();
            }
        };
        char[] key = DatabaseEncryption.fileKey(folder, password, tellOnce, ahead);
        try {
            return new Database(folder, password, key,
                    settings(oneCommand ? cacheSizeKb(Runtime.getRuntime().maxMemory()) : CACHE_KB), tellOnce);
        } catch (org.projectnexus.model.WrongPasswordException refused) {
            throw DatabaseEncryption.wrongKeyOrDamage(folder, refused);
        }
    }

    /** The URL settings every connection gets, with a page cache of {@code cacheKb}. */
    private static String settings(long cacheKb) {
        return SETTINGS + ";CACHE_SIZE=" + cacheKb;
    }

    private static JdbcConnectionPool connect(Path folder, char[] key, String settings) {
        return connect(folder, key, settings, () -> { });
    }

    /** {@code key}: the file key H2 gets, null for a plain database. */
    private static JdbcConnectionPool connect(Path folder, char[] key, String settings, Runnable beforeUpdate) {
        String url = url(folder, key);
        Schema.State schema = null;
        if (existsIn(folder)) {
            // First a read-only look: a database from a newer Nexus must not be touched at all,
            // and H2 writes to a file it opens for writing even when nothing changes.
            schema = Schema.look(url + ";ACCESS_MODE_DATA=r", key);
            if (schema == Schema.State.NEWER) {
                throw Schema.newer(folder);
            }
            if (schema == Schema.State.BEHIND) {
                refuseNewerSchema(url + ";ACCESS_MODE_DATA=r", key, folder); // Flyway's own reading of it
                beforeUpdate.run();
                SchemaUpdate.onACopy(folder, key, settings);
                schema = Schema.State.CURRENT;
            }
        }
        // IFEXISTS is not set: a missing database is created. DB_CLOSE_ON_EXIT=FALSE: we close it ourselves.
        // WRITE_DELAY=0 and a CHECKPOINT SYNC after each writing commit (see inTransaction): a commit is in the file
        // before it returns. REUSE_SPACE=FALSE: new data is only appended, never written over older chunks; with
        // space reuse the kill test still lost the last acknowledged save now and then (see docs/reliability.md).
        // QUERY_CACHE_SIZE=64 (H2's default is 8): a save runs more distinct statements than 8, and renaming an entry
        // saves every entry that links to it, each statement parsed again with the default (ADR 28).
        JdbcConnectionPool pool = JdbcConnectionPool.create(url + settings, "nexus",
                DatabaseEncryption.h2Password(key));
        try {
            checkOpens(pool, folder, key);
            PrivateFiles.restrict(folder.resolve(FILE_NAME + ".mv.db")); // H2 created it, or a restore unpacked it
            if (schema != Schema.State.CURRENT) { // a new database, or one the read-only look could not read
                Schema.migrate(pool, folder);
            }
            return pool;
        } catch (RuntimeException failure) {
            pool.dispose();
            throw failure;
        }
    }

    static String url(Path folder, char[] password) {
        return url(folder, FILE_NAME, password);
    }

    /**
     * The URL of the database {@code name} (its file is {@code name.mv.db}) in {@code folder}. TRACE_LEVEL_FILE=4:
     * H2 writes what it has to say about errors through SLF4J into Nexus's log, not into a {@code name.trace.db}
     * beside the database, which a wrong password or a damaged backup used to leave in the data folder.
     */
    static String url(Path folder, String name, char[] password) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(name) + ";TRACE_LEVEL_FILE=4"
                + (password == null ? "" : ";CIPHER=AES");
    }

    /** The folder of this knowledge base. */
    public Path folder() {
        return folder;
    }

    /** Whether the database file is encrypted. */
    public boolean encrypted() {
        return password != null;
    }

    /**
     * Writes a consistent copy of the open database into a zip file (H2's online backup: other work may go on
     * meanwhile). An encrypted database's backup stays encrypted.
     */
    public void backupTo(Path zip) {
        inTransaction(connection -> {
            try (var backup = connection.prepareStatement(
                    "BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'")) {
                return backup.executeUpdate();
            }
        });
        if (encrypted()) {
            BackupKeyFiles.addTo(zip, folder); // without it, the backup could not be opened
        }
    }

    /**
     * Replaces the open database with the one in a backup zip: the current file is first moved aside (to the
     * returned path), and put back if the backup cannot be opened. Work in progress meanwhile fails cleanly.
     */
    public synchronized Path restoreFrom(Path zip) {
        new DatabaseRestore(folder).checkBackup(zip);
        pool.dispose();
        try {
            Path aside = restoreInto(folder, zip, password);
            key = DatabaseEncryption.fileKey(folder, password, () -> { }); // the backup's own key file
            pool = connect(folder, key, settings);
            return aside;
        } catch (RuntimeException failure) {
            pool = connect(folder, key, settings);
            throw failure;
        }
    }

    /**
     * Restores a backup zip into {@code folder}, whose database must not be open (it may be damaged): the backup's
     * database is unpacked beside the current file first, within {@link RestoreLimits#DEFAULT}; then the current
     * file, if any, is moved aside (the returned path, or null) and put back if the backup cannot be opened.
     */
    public static Path restoreInto(Path folder, Path zip, char[] password) {
        return restoreInto(folder, zip, password, RestoreLimits.DEFAULT);
    }

    static Path restoreInto(Path folder, Path zip, char[] password, RestoreLimits limits) {
        DatabaseRestore restore = new DatabaseRestore(folder, limits);
        restore.checkBackup(zip);
        // Unpacked before the current file is touched: a backup refused while unpacking changes nothing.
        Path unpacked = restore.unpack(zip);
        Path aside;
        try {
            aside = existsIn(folder) ? restore.setCurrentAside() : null;
        } catch (RuntimeException failure) {
            restore.discard(unpacked);
            throw failure;
        }
        try {
            restore.putInPlace(unpacked);
            RestoreChecks.checkEncryption(folder, zip, password);
            restore.unpackKeyFile(zip);
            DatabaseEncryption.checkPassword(folder, password);
            char[] key = DatabaseEncryption.fileKey(folder, password, () -> { }); // a wrong password is refused here
            JdbcConnectionPool restored;
            try {
                restored = connect(folder, key, settings(CACHE_KB));
            } catch (org.projectnexus.model.WrongPasswordException refused) {
                throw DatabaseEncryption.wrongKeyOrDamage(folder, refused); // the key file said it was right
            }
            try {
                RestoreChecks.readEveryRow(restored);
            } finally {
                restored.dispose();
            }
            return aside;
        } catch (RuntimeException failure) {
            if (aside != null) {
                restore.putBack(aside);
            } else {
                restore.discardUnpacked();
            }
            throw RestoreChecks.failure(zip, failure);
        }
    }

    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                boolean wrote = wroteAnything(connection);
                connection.commit();
                if (wrote) {
                    checkpoint(connection);
                }
                return result;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        } catch (SQLException failure) {
            throw StoreFailures.translate(failure);
        }
    }

    /** H2's TRANSACTION_ID() is null until the transaction changes something. */
    private static boolean wroteAnything(Connection connection) throws SQLException {
        try (var query = connection.createStatement(); var rows = query.executeQuery("SELECT TRANSACTION_ID()")) {
            return rows.next() && rows.getObject(1) != null;
        }
    }

    /**
     * Makes H2 write a committed change to the file before the save is reported done. Without it H2 writes
     * later (in the background, or when another commit is not in the way), and the kill test lost acknowledged
     * saves, even with WRITE_DELAY=0 (docs/reliability.md). It was not enough on its own either: see
     * {@link #SETTINGS}.
     */
    private static void checkpoint(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    private Connection connection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (IllegalStateException closed) {
            throw new NexusException("The knowledge base could not be written: it is closed (" + closed.getMessage()
                    + "). Your text is still in the editor; Nexus tries again.", closed);
        }
    }

    @Override
    public void close() {
        // Space is not reused while Nexus runs (see connect): a clean close gives the unused space back. A connection
        // of our own keeps the database open while the pool lets go of its connections, then compacts and shuts it.
        try (Connection last = java.sql.DriverManager.getConnection(url(folder, key) + settings, "nexus",
                DatabaseEncryption.h2Password(key))) {
            pool.dispose();
            try (var statement = last.createStatement()) {
                statement.execute(worthCompacting(statement) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            }
        } catch (SQLException notCompacted) {
            LOG.debug("Closed {} without compacting", folder, notCompacted);
        } finally {
            pool.dispose();
            PrivateFiles.restrict(folder.resolve(FILE_NAME + ".mv.db")); // compacting wrote a new file
        }
    }

    /**
     * Compacting rewrites the whole file: done at every close, it slowed every command, even one that only read
     * (measured: docs/performance/log/session-04.md). So it is done only once a fifth of the file is space that
     * changes have left behind.
     */
    private static boolean worthCompacting(java.sql.Statement statement) throws SQLException {
        try (var rates = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            int ratesRead = 0;
            while (rates.next()) {
                ratesRead++;
                if (Integer.parseInt(rates.getString(1).strip()) < MIN_FILL_PERCENT) {
                    return true;
                }
            }
            return ratesRead < 2; // an H2 that does not say: compact, as before
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    static void checkOpens(JdbcConnectionPool pool, Path folder, char[] password) {
        try (Connection ignored = pool.getConnection()) {
            LOG.debug("Opened database in {}", folder);
        } catch (SQLException failure) {
            throw StoreFailures.opening(failure, folder, password);
        }
    }

    private static void refuseNewerSchema(String readOnlyUrl, char[] password, Path folder) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(readOnlyUrl, "nexus", DatabaseEncryption.h2Password(password));
        try {
            try (Connection ignored = pool.getConnection()) {
                LOG.debug("Looking at the schema of {}", folder);
            } catch (SQLException unreadable) {
                return; // Held by another Nexus or damaged: opening it for writing says which, and writes nothing.
            }
            for (MigrationInfo migration : Schema.flyway(pool).info().applied()) {
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

    /** The folder holds a Nexus database already (as opposed to a fresh one about to be created). */
    public static boolean existsIn(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME + ".mv.db"));
    }
}
