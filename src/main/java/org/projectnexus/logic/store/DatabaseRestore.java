package org.projectnexus.logic.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.projectnexus.model.DatabaseDamagedException;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;

/**
 * The file work of restoring a backup zip over a closed database: check the zip, unpack its database beside the
 * current one, set the current one aside, put the unpacked one in its place (and back, if it fails). A backup is a
 * file from outside: its declared size, compression ratio and the free space are checked before anything is written
 * ({@link RestoreLimits}), the writing stops the moment it passes what the zip declared, and a refused restore leaves
 * nothing behind.
 */
final class DatabaseRestore {

    static final String ENTRY_NAME = Database.FILE_NAME + ".mv.db";
    static final String ASIDE_FOLDER = "set-aside";
    private static final String UNPACKING = ENTRY_NAME + ".restoring";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Path folder;
    private final RestoreLimits limits;

    DatabaseRestore(Path folder) {
        this(folder, RestoreLimits.DEFAULT);
    }

    DatabaseRestore(Path folder, RestoreLimits limits) {
        this.folder = folder;
        this.limits = limits;
    }

    /** Refuses, before anything changes, a file that is not a Nexus backup or would unpack past a limit. */
    void checkBackup(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            checkSizes(zip, entryOf(zip, file));
        } catch (IOException unreadable) {
            throw new NexusException(SafeText.forDisplay(zip) + " cannot be read as a Nexus backup (" + unreadable.getMessage()
                    + "). Nothing was changed.", unreadable);
        }
    }

    private static ZipEntry entryOf(Path zip, ZipFile file) {
        ZipEntry entry = file.getEntry(ENTRY_NAME);
        if (entry == null) {
            throw new NexusException(SafeText.forDisplay(zip) + " is not a Nexus backup (it has no " + ENTRY_NAME
                    + "). Nothing was changed.");
        }
        return entry;
    }

    private void checkSizes(Path zip, ZipEntry entry) throws IOException {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0) {
            throw refused(zip, "it does not say how large its database is");
        }
        if (size > limits.maxBytes()) {
            throw refused(zip, "its database would unpack to " + amount(size) + ", more than the "
                    + amount(limits.maxBytes()) + " a knowledge base may have");
        }
        if (size > limits.ratioFreeBytes() && size / Math.max(1, compressed) >= limits.maxRatio()) {
            throw refused(zip, "its database would unpack from " + amount(compressed) + " to " + amount(size) + ", "
                    + size / Math.max(1, compressed) + " times its size, where real backups unpack to a few times"
                    + " theirs: it looks like a zip bomb");
        }
        long free = limits.freeSpace().of(existing(folder));
        if (size > free - limits.bytesToKeep()) {
            throw refused(zip, "its database needs " + amount(size) + " and the disk of " + folder + " has "
                    + amount(free) + " free (" + amount(limits.bytesToKeep()) + " must stay free); make room first");
        }
    }

    /**
     * Unpacks the backup's database beside the current one (its sizes checked again: the zip may have changed since
     * {@link #checkBackup}); returns the unpacked file, for {@link #putInPlace}. Stops the moment the zip gives more
     * than it declared; when it stops, nothing of it is left.
     */
    Path unpack(Path zip) {
        Path partial = folder.resolve(UNPACKING);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = entryOf(zip, file);
            checkSizes(zip, entry);
            Files.createDirectories(folder);
            try (InputStream in = file.getInputStream(entry);
                 OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE,
                         StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[64 * 1024];
                long written = 0;
                CRC32 checksum = new CRC32();
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    written += read;
                    if (written > entry.getSize()) {
                        // One byte flipped in the compressed data can do it as surely as a forged zip.
                        throw new DatabaseDamagedException("The backup " + SafeText.forDisplay(zip) + " is damaged:"
                                + " its database unpacks to more than the " + amount(entry.getSize()) + " the zip says"
                                + " it holds (a damaged zip, or a zip bomb). Nothing was changed.", null);
                    }
                    checksum.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                // ZipFile does not check an entry's CRC-32: a byte flipped in the backup would be unpacked as it is.
                if (entry.getCrc() != -1 && checksum.getValue() != entry.getCrc()) {
                    throw RestoreChecks.failure(zip, new DatabaseDamagedException("the CRC-32 of " + ENTRY_NAME
                            + " does not match", null));
                }
            }
            return partial;
        } catch (IOException | RuntimeException failure) {
            discard(partial);
            if (failure instanceof NexusException refusal) {
                throw refusal;
            }
            if (failure instanceof java.util.zip.ZipException broken) { // its compressed data does not inflate
                throw RestoreChecks.failure(zip, new DatabaseDamagedException(broken.getMessage(), broken));
            }
            throw new NexusException("The backup could not be unpacked (" + failure.getMessage()
                    + "). Nothing was changed.", failure);
        }
    }

    /** Puts the database {@link #unpack} gave where the knowledge base's database goes. */
    void putInPlace(Path unpacked) {
        try {
            Files.move(unpacked, folder.resolve(ENTRY_NAME), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            discard(unpacked);
            throw new NexusException("The backup could not be put in place (" + failure.getMessage() + ").", failure);
        }
    }

    /** Deletes an unpacked database that is not to be used. */
    void discard(Path unpacked) {
        try {
            Files.deleteIfExists(unpacked);
        } catch (IOException ignored) {
            // It is named *.restoring and never opened; the next restore overwrites it.
        }
    }

    private static NexusException refused(Path zip, String reason) {
        return new NexusException("The backup " + SafeText.forDisplay(zip) + " was not restored: " + reason
                + ". Nothing was changed.");
    }

    /** The nearest folder that exists, for asking its disk's free space (a restore may create the data folder). */
    private static Path existing(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? folder.toAbsolutePath().getRoot() : existing;
    }

    private static String amount(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return bytes >= 1L << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20))
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** Moves the current database file into {@code set-aside/}; returns where it went. */
    Path setCurrentAside() {
        try {
            Path asideFolder = PrivateFiles.createFolder(folder.resolve(ASIDE_FOLDER));
            Path aside = asideFolder.resolve("nexus-before-restore-" + LocalDateTime.now().format(STAMP) + ".mv.db");
            Files.move(folder.resolve(ENTRY_NAME), aside, StandardCopyOption.REPLACE_EXISTING);
            BackupKeyFiles.setAside(folder, aside);
            return aside;
        } catch (IOException failure) {
            throw new NexusException("The current knowledge base could not be set aside (" + failure.getMessage()
                    + "), so the backup was not restored.", failure);
        }
    }

    /** Puts the backup's key file, if any, beside the unpacked database (see {@link BackupKeyFiles}). */
    void unpackKeyFile(Path zip) {
        BackupKeyFiles.unpackFrom(zip, folder);
    }

    /** A restore into a folder without a database failed: leaves the folder without one again. */
    void discardUnpacked() {
        try {
            Files.deleteIfExists(folder.resolve(ENTRY_NAME));
            BackupKeyFiles.discard(folder);
        } catch (IOException ignored) {
            // Opening that folder later reports the file as damaged; nothing else was there.
        }
    }

    /** Puts the set-aside database back after a failed restore, leaving no empty {@code set-aside/} behind. */
    void putBack(Path aside) {
        try {
            Files.move(aside, folder.resolve(ENTRY_NAME), StandardCopyOption.REPLACE_EXISTING);
            BackupKeyFiles.putBack(folder, aside);
        } catch (IOException failure) {
            throw new NexusException("The knowledge base set aside in " + aside + " could not be put back ("
                    + failure.getMessage() + "); move it back to " + folder.resolve(ENTRY_NAME) + " by hand.", failure);
        }
        try {
            Files.deleteIfExists(aside.getParent()); // only when empty: earlier restores keep theirs
        } catch (java.nio.file.DirectoryNotEmptyException | SecurityException keep) {
            // It holds what earlier restores set aside.
        } catch (IOException ignored) {
            // An empty folder left behind is untidy, not harmful.
        }
    }
}
