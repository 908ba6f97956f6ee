package org.projectnexus.logic.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.projectnexus.model.NexusException;

/** The file work of restoring a backup zip over a closed database: set the current file aside, unpack, put back. */
final class DatabaseRestore {

    static final String ENTRY_NAME = Database.FILE_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Path folder;

    DatabaseRestore(Path folder) {
        this.folder = folder;
    }

    /** Refuses, before anything changes, a file that is not a Nexus backup. */
    void checkBackup(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.getEntry(ENTRY_NAME) == null) {
                throw new NexusException(zip + " is not a Nexus backup (it has no " + ENTRY_NAME + "). Nothing was changed.");
            }
        } catch (IOException unreadable) {
            throw new NexusException(zip + " cannot be read as a Nexus backup (" + unreadable.getMessage()
                    + "). Nothing was changed.", unreadable);
        }
    }

    /** Moves the current database file into {@code set-aside/}; returns where it went. */
    Path setCurrentAside() {
        try {
            Path asideFolder = Files.createDirectories(folder.resolve("set-aside"));
            Path aside = asideFolder.resolve("nexus-before-restore-" + LocalDateTime.now().format(STAMP) + ".mv.db");
            Files.move(folder.resolve(ENTRY_NAME), aside, StandardCopyOption.REPLACE_EXISTING);
            return aside;
        } catch (IOException failure) {
            throw new NexusException("The current knowledge base could not be set aside (" + failure.getMessage()
                    + "), so the backup was not restored.", failure);
        }
    }

    void unpack(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY_NAME);
            Path partial = folder.resolve(ENTRY_NAME + ".restoring");
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, folder.resolve(ENTRY_NAME), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new NexusException("The backup could not be unpacked (" + failure.getMessage() + ").", failure);
        }
    }

    /** A restore into a folder without a database failed: leaves the folder without one again. */
    void discardUnpacked() {
        try {
            Files.deleteIfExists(folder.resolve(ENTRY_NAME));
        } catch (IOException ignored) {
            // Opening that folder later reports the file as damaged; nothing else was there.
        }
    }

    void putBack(Path aside) {
        try {
            Files.move(aside, folder.resolve(ENTRY_NAME), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new NexusException("The knowledge base set aside in " + aside + " could not be put back ("
                    + failure.getMessage() + "); move it back to " + folder.resolve(ENTRY_NAME) + " by hand.", failure);
        }
    }
}
