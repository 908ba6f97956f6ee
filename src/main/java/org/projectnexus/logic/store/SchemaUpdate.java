package org.projectnexus.logic.store;

import org.projectnexus.model.DatabaseInUseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.h2.jdbcx.JdbcConnectionPool;
import org.projectnexus.model.NexusException;

/**
 * Brings the schema of an existing knowledge base up to date on a copy of its file, and only then puts the copy in
 * its place, in one atomic rename (ADR 31).
 *
 * <p>H2 commits each DDL statement on its own, so a migration is not one transaction: migration 8 creates a table
 * from the old one, drops the old one and renames the new one. A Nexus stopped between two of those statements (a
 * kill, a power cut, a full disk) left a file that the next start could not bring up to date, because the migration
 * then stopped at a table that already existed. Updated on a copy, the knowledge base is at any moment either as it
 * was or fully updated; a copy left by a killed update is written over by the next one.
 */
final class SchemaUpdate {

    /** The database name of the copy being updated, in the knowledge base's folder. */
    static final String COPY_NAME = Database.FILE_NAME + "-update";
    /** Held while a Nexus updates the folder's knowledge base, so that a second one started meanwhile does not. */
    static final String LOCK_NAME = Database.FILE_NAME + "-update.lock";

    private SchemaUpdate() {
    }

    /** Updates the (closed) database of {@code folder} on a copy opened with {@code settings}, then puts it in place. */
    static void onACopy(Path folder, char[] password, String settings) {
        try (FileChannel lockFile = FileChannel.open(folder.resolve(LOCK_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lock(lockFile, folder)) {
            PrivateFiles.restrict(folder.resolve(LOCK_NAME));
            Path file = folder.resolve(Database.FILE_NAME + ".mv.db");
            Path copy = folder.resolve(COPY_NAME + ".mv.db");
            copy(file, copy, folder);
            migrate(copy, folder, password, settings);
            force(copy);
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder); // the rename itself, on disk
        } catch (IOException failure) {
            throw failed(folder, failure);
        }
    }

    private static NexusException failed(Path folder, Exception cause) {
        return new NexusException("The knowledge base in " + folder + " could not be updated for this version of"
                + " Nexus (" + cause.getMessage() + "). Nothing was changed.", cause);
    }

    private static FileLock lock(FileChannel lockFile, Path folder) throws IOException {
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            throw new DatabaseInUseException("The knowledge base in " + folder + " is being updated by another Nexus."
                    + " Wait until that is done (its window shows, or its command ends), or use another --home folder.", null);
        }
        return lock;
    }

    private static void copy(Path file, Path copy, Path folder) {
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            deleteQuietly(copy);
            throw new NexusException("The knowledge base in " + folder + " could not be updated for this version of"
                    + " Nexus: the copy it is updated on could not be written (" + failure.getMessage() + "). Nothing"
                    + " was changed. The update needs as much free space as the file " + file + " takes.", failure);
        }
    }

    private static void migrate(Path copy, Path folder, char[] password, String settings) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.url(folder, COPY_NAME, password) + settings, "nexus",
                DatabaseEncryption.h2Password(password));
        try {
            Database.checkOpens(pool, folder, password);
            Schema.migrate(pool, folder);
        } catch (RuntimeException failure) {
            pool.dispose();
            deleteQuietly(copy);
            throw failure instanceof NexusException known ? known : failed(folder, failure);
        }
        pool.dispose(); // its last connection closed, H2 closes the copy and writes it out
    }

    /** Makes what was written to {@code path} (a file, or a folder's entries) durable before going on. */
    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** The folder's entries, where a folder can be forced (Linux, macOS); Windows has the rename on disk already. */
    private static void forceFolder(Path folder) {
        try {
            force(folder);
        } catch (IOException notOnThisSystem) {
            // Windows opens no folder as a file; NTFS journals the rename.
        }
    }

    /** Deletes the copy, and the trace H2 writes beside a database when it meets an error. */
    private static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(COPY_NAME + ".trace.db"));
        } catch (IOException ignored) {
            // A copy left behind is written over by the next update.
        }
    }
}
