package org.projectnexus.logic.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.projectnexus.model.DatabaseDamagedException;
import org.projectnexus.model.DatabaseInUseException;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.PasswordNeededException;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.WrongPasswordException;

/** The file work of restoring a backup zip over a closed database: set the current file aside, unpack, put back. */
final class DatabaseRestore {

    static final String ENTRY_NAME = Database.FILE_NAME + ".mv.db";
    static final String ASIDE_FOLDER = "set-aside";
    /** How a plain H2 file begins (its first header block); an encrypted one begins with H2's own plain header. */
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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

    /**
     * Unpacks the backup's database into place. ZipFile does not check an entry's CRC-32, so a byte flipped in the
     * backup would be unpacked as it is, and H2 might even open it: the checksum is compared here.
     */
    void unpack(Path zip) {
        Path partial = folder.resolve(ENTRY_NAME + ".restoring");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY_NAME);
            CheckedInputStream in = new CheckedInputStream(file.getInputStream(entry), new CRC32());
            try (in) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (entry.getCrc() != -1 && in.getChecksum().getValue() != entry.getCrc()) {
                throw new ZipException("the CRC-32 of " + ENTRY_NAME + " does not match");
            }
            Files.move(partial, folder.resolve(ENTRY_NAME), StandardCopyOption.ATOMIC_MOVE);
        } catch (ZipException broken) {
            deleteQuietly(partial);
            throw new DatabaseDamagedException("The backup is damaged (" + broken.getMessage() + ").", broken);
        } catch (IOException failure) {
            deleteQuietly(partial);
            throw new NexusException("The backup could not be unpacked (" + failure.getMessage() + ").", failure);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A partial file is written over by the next restore.
        }
    }

    /** Puts the backup's key file, if any, beside the unpacked database (see {@link BackupKeyFiles}). */
    void unpackKeyFile(Path zip) {
        BackupKeyFiles.unpackFrom(zip, folder);
    }

    /**
     * Refuses a password for a backup that is not encrypted: either it is damaged where H2 writes that it is
     * encrypted (one flipped byte there makes it look plain), or it is plain, and restoring it over an encrypted
     * knowledge base would leave the notes unencrypted without a word.
     */
    void checkEncryption(Path zip, char[] password) {
        if (password == null || DatabaseEncryption.isEncrypted(folder)) {
            return;
        }
        boolean plain;
        try (java.io.InputStream in = Files.newInputStream(folder.resolve(ENTRY_NAME))) {
            plain = java.util.Arrays.equals(in.readNBytes(PLAIN_HEADER.length), PLAIN_HEADER);
        } catch (IOException unreadable) {
            plain = false;
        }
        if (!plain) {
            throw new DatabaseDamagedException("no database header", null);
        }
        throw new BackupRefused("The backup " + SafeText.forDisplay(zip) + " is not encrypted, unlike this knowledge"
                + " base: restoring it would leave your notes unencrypted. The knowledge base was left as it was;"
                + " restore it into another --home folder and encrypt that one, or choose an encrypted backup.");
    }

    /**
     * Reads every row of every table of a restored database: H2 opens a file whose damage lies in a page it has not
     * read yet, and the first command after the restore would then fail. Throws a {@link DatabaseDamagedException}.
     */
    static void readEveryRow(org.h2.jdbcx.JdbcConnectionPool pool) {
        try (java.sql.Connection connection = pool.getConnection(); java.sql.Statement query = connection.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = query.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (java.sql.ResultSet rows = query.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rows.getString(column); // a CLOB is read only when asked for
                        }
                    }
                }
            }
        } catch (java.sql.SQLException unreadable) {
            throw new DatabaseDamagedException("Not every row can be read (" + unreadable.getMessage() + ").",
                    unreadable);
        }
    }

    /** What to say when a backup could not be restored (the knowledge base was put back as it was). */
    static NexusException failure(Path zip, RuntimeException failure) {
        String backup = SafeText.forDisplay(zip);
        if (failure instanceof WrongPasswordException) {
            return new WrongPasswordException("That password does not open the backup " + backup + ". The knowledge"
                    + " base was left as it was; try again.", failure);
        }
        if (failure instanceof PasswordNeededException) {
            return new PasswordNeededException("The backup " + backup + " is encrypted: its password is needed to"
                    + " restore it. The knowledge base was left as it was.");
        }
        if (failure instanceof DatabaseDamagedException || readingFailed(failure)) {
            return new DatabaseDamagedException("The backup " + backup + " is damaged: the database in it cannot be"
                    + " read. The knowledge base was left as it was; restore another (older) backup.", failure);
        }
        if (failure instanceof DatabaseInUseException || failure instanceof BackupRefused) {
            return (NexusException) failure;
        }
        return new NexusException("That backup could not be opened, so the knowledge base was left as it was ("
                + failure.getMessage() + ")", failure);
    }

    /** Whether H2 failed to read the restored file (as opposed to a password or a schema that refused it). */
    private static boolean readingFailed(Throwable failure) {
        if (failure instanceof WrongPasswordException || failure instanceof org.projectnexus.model.NewerSchemaException) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    /** A refusal that already speaks of the backup. */
    private static final class BackupRefused extends NexusException {
        BackupRefused(String message) {
            super(message);
        }
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
