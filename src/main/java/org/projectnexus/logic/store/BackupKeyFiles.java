package org.projectnexus.logic.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.projectnexus.model.NexusException;

/**
 * An encrypted database cannot be opened without its key file ({@link KeyFile}), so the key file travels with it:
 * into each backup zip, out of it on a restore, and aside and back with the database a restore replaces. A backup
 * without one holds a plain database or one encrypted before key files (opened with the password itself and brought
 * to the key file's scheme on its first opening).
 */
final class BackupKeyFiles {

    private static final List<String> NAMES = List.of(KeyFile.NAME, KeyFile.PENDING);

    private BackupKeyFiles() {
    }

    /** Adds the key file of {@code folder} to the backup zip H2 has just written. */
    static void addTo(Path zip, Path folder) {
        Path key = folder.resolve(KeyFile.NAME);
        if (!Files.exists(key)) {
            return;
        }
        try (FileSystem zipped = FileSystems.newFileSystem(zip)) {
            Files.copy(key, zipped.getPath(KeyFile.NAME), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new NexusException("The backup " + zip + " could not take the key file of the encrypted knowledge"
                    + " base (" + failure.getMessage() + "), and would be useless without it. Check that the disk is"
                    + " not full.", failure);
        }
    }

    /**
     * Puts the backup's key file (if it has one) in place beside the database just unpacked; without one, no key
     * file is left there to be taken for the backup's.
     */
    static void unpackFrom(Path zip, Path folder) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(KeyFile.NAME);
            discard(folder);
            if (entry != null) {
                Path partial = PrivateFiles.createFile(folder.resolve(KeyFile.NAME + ".restoring"));
                try (InputStream in = file.getInputStream(entry)) {
                    Files.write(partial, in.readNBytes(64 * 1024));
                }
                Files.move(partial, folder.resolve(KeyFile.NAME), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException failure) {
            throw new NexusException("The key file in the backup could not be unpacked (" + failure.getMessage()
                    + ").", failure);
        }
    }

    /** Moves the key files of the database set aside at {@code asideDatabase} beside it. */
    static void setAside(Path folder, Path asideDatabase) throws IOException {
        for (String name : NAMES) {
            Path key = folder.resolve(name);
            if (Files.exists(key)) {
                Files.move(key, beside(asideDatabase, name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Puts back the key files set aside with {@code asideDatabase}, removing the restored ones. */
    static void putBack(Path folder, Path asideDatabase) throws IOException {
        discard(folder);
        for (String name : NAMES) {
            Path aside = beside(asideDatabase, name);
            if (Files.exists(aside)) {
                Files.move(aside, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Removes the key files of {@code folder} (a restore's, when it failed and there was no database before). */
    static void discard(Path folder) throws IOException {
        for (String name : NAMES) {
            Files.deleteIfExists(folder.resolve(name));
        }
    }

    /** {@code nexus-before-restore-T.mv.db} keeps its key file as {@code nexus-before-restore-T.nexus.key}. */
    private static Path beside(Path asideDatabase, String name) {
        String database = asideDatabase.getFileName().toString();
        return asideDatabase.resolveSibling(database.substring(0, database.length() - ".mv.db".length()) + "." + name);
    }
}
