package org.projectnexus.logic.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.projectnexus.model.DatabaseDamagedException;
import org.projectnexus.model.DatabaseInUseException;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.PasswordNeededException;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.WrongPasswordException;

/**
 * What a restored database must pass before it replaces the knowledge base (its encryption, every row readable), and
 * what a failed restore says: in words about the backup, a damaged one called damaged, never "open in another Nexus".
 */
final class RestoreChecks {

    /** How a plain H2 file begins (its first header block); an encrypted one begins with H2's own plain header. */
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private RestoreChecks() {
    }

    /**
     * Refuses a password for a backup that is not encrypted: either it is damaged where H2 writes that it is
     * encrypted (one flipped byte there makes it look plain), or it is plain, and restoring it over an encrypted
     * knowledge base would leave the notes unencrypted without a word.
     */
    static void checkEncryption(Path folder, Path zip, char[] password) {
        if (password == null || DatabaseEncryption.isEncrypted(folder)) {
            return;
        }
        boolean plain;
        try (java.io.InputStream in = Files.newInputStream(folder.resolve(DatabaseRestore.ENTRY_NAME))) {
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
                            if (rows.getMetaData().getColumnType(column) == java.sql.Types.BLOB) {
                                drain(rows.getBinaryStream(column)); // an attachment: read, never held whole
                            } else {
                                rows.getString(column); // a CLOB is read only when asked for
                            }
                        }
                    }
                }
            }
        } catch (java.sql.SQLException unreadable) {
            throw new DatabaseDamagedException("Not every row can be read (" + unreadable.getMessage() + ").",
                    unreadable);
        }
    }

    private static void drain(java.io.InputStream content) throws java.sql.SQLException {
        if (content == null) {
            return;
        }
        try (content) {
            content.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException unreadable) {
            throw new java.sql.SQLException("an attachment cannot be read", unreadable);
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
}
