package org.projectnexus.logic.store;

import org.projectnexus.model.PasswordNeededException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;
import org.projectnexus.model.NexusException;

/**
 * H2's AES file encryption for a knowledge base: whether a file is encrypted, the password H2 expects, and
 * converting a closed database between plain and encrypted. Passwords are never written anywhere.
 */
public final class DatabaseEncryption {

    /** H2 starts an encrypted file with this plain header. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private DatabaseEncryption() {
    }

    /** Whether the knowledge base in {@code folder} exists and is encrypted. */
    public static boolean isEncrypted(Path folder) {
        Path file = folder.resolve(Database.FILE_NAME + ".mv.db");
        if (!Files.exists(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException unreadable) {
            return false; // opening it reports what is wrong
        }
    }

    /** Whether a backup zip holds an encrypted database (false if it cannot be read: restoring says why). */
    public static boolean isEncryptedBackup(Path zip) {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            var entry = file.getEntry(Database.FILE_NAME + ".mv.db");
            if (entry == null) {
                return false;
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
            }
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Refuses, before H2 sees the file, a missing password for an encrypted file and one that cannot work. */
    static void checkPassword(Path folder, char[] password) {
        boolean encrypted = isEncrypted(folder);
        if (encrypted && password == null) {
            throw new PasswordNeededException("The knowledge base in " + folder + " is encrypted: its password is"
                    + " needed to open it.");
        }
        if (password != null) {
            checkUsable(password);
            if (!encrypted && Database.existsIn(folder)) {
                throw new NexusException("The knowledge base in " + folder + " is not encrypted, so it needs no"
                        + " password. To encrypt it, use “nexus encrypt”.");
            }
        }
    }

    /** A password H2 can use: not empty, no spaces (H2 separates its file and user passwords with a space). */
    public static void checkUsable(char[] password) {
        if (password.length == 0) {
            throw new NexusException("The password cannot be empty.");
        }
        for (char c : password) {
            if (Character.isWhitespace(c)) {
                throw new NexusException("The password cannot contain spaces.");
            }
        }
    }

    /** What H2 takes as the password: the file password, a space, and the (empty) user password. */
    static String h2Password(char[] password) {
        return password == null ? "" : new String(password) + " ";
    }

    /**
     * Encrypts, decrypts or re-keys the closed database in {@code folder}: {@code from} is its current password
     * (null if plain), {@code to} the new one (null to decrypt). H2 rewrites the file through a temporary copy.
     */
    public static void convert(Path folder, char[] from, char[] to) {
        if (!Database.existsIn(folder)) {
            throw new NexusException("There is no knowledge base in " + folder + " to convert.");
        }
        if (to != null) {
            checkUsable(to);
        }
        if (isEncrypted(folder) != (from != null)) {
            throw new NexusException(from == null ? "The knowledge base in " + folder + " is encrypted already."
                    : "The knowledge base in " + folder + " is not encrypted.");
        }
        // Opening it first proves the old password right and the file intact, before anything is rewritten.
        Database.open(folder, from).close();
        try {
            ChangeFileEncryption.execute(folder.toString(), Database.FILE_NAME, "AES", from, to, true);
            PrivateFiles.restrict(folder.resolve(Database.FILE_NAME + ".mv.db")); // H2 wrote it anew
        } catch (SQLException failure) {
            throw new NexusException("The knowledge base in " + folder + " could not be converted ("
                    + failure.getMessage().lines().findFirst().orElse("unknown reason") + "); it was left as it was.",
                    failure);
        }
    }
}
