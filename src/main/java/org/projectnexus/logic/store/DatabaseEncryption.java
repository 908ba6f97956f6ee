package org.projectnexus.logic.store;

import org.projectnexus.model.DatabaseDamagedException;
import org.projectnexus.model.PasswordNeededException;
import org.projectnexus.model.PasswordRules;
import org.projectnexus.model.WrongPasswordException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;
import org.projectnexus.model.NexusException;

/**
 * H2's AES file encryption for a knowledge base: whether a file is encrypted, the file key H2 gets (derived from the
 * password through the {@link KeyFile} beside the database), and converting a closed database between plain and
 * encrypted. Passwords are never written anywhere.
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

    /** Refuses, before H2 sees the file, a missing password for an encrypted file and one for a plain file. */
    static void checkPassword(Path folder, char[] password) {
        boolean encrypted = isEncrypted(folder);
        if (encrypted && password == null) {
            throw new PasswordNeededException("The knowledge base in " + folder + " is encrypted: its password is"
                    + " needed to open it.");
        }
        if (password != null && password.length == 0) {
            throw new NexusException("The password cannot be empty.");
        }
        if (password != null && !encrypted && Database.existsIn(folder)) {
            throw new NexusException("The knowledge base in " + folder + " is not encrypted, so it needs no"
                    + " password. To encrypt it, use “nexus encrypt”.");
        }
    }

    /** What H2 takes as the password: the file password, a space, and the (empty) user password. */
    static String h2Password(char[] key) {
        return key == null ? "" : new String(key) + " ";
    }

    /**
     * The file key H2 gets for the database in {@code folder} (null for a plain one): derived from {@code password}
     * by the key file beside it. A new database gets a key file first (its password must be a good new one); one
     * encrypted before key files (with the password itself) is re-encrypted under a derived key now, once, after
     * {@code beforeUpgrade} (it rewrites the file); one whose encryption stopped halfway is finished.
     */
    static char[] fileKey(Path folder, char[] password, Runnable beforeUpgrade) {
        return fileKey(folder, password, beforeUpgrade, null);
    }

    /** As {@link #fileKey(Path, char[], Runnable)}, with the key {@code ahead} derives if it is this one (or null). */
    static char[] fileKey(Path folder, char[] password, Runnable beforeUpgrade, FileKeyAhead ahead) {
        if (password == null) {
            return null;
        }
        Path committed = folder.resolve(KeyFile.NAME);
        if (!Database.existsIn(folder)) {
            PasswordRules.checkNew(password);
            KeyFile.Fresh fresh = KeyFile.create(password);
            fresh.file().write(committed);
            return fresh.key();
        }
        Path pending = folder.resolve(KeyFile.PENDING);
        Optional<KeyFile> started = KeyFile.read(pending);
        if (started.isPresent()) {
            char[] newKey = keyOrNull(started.get(), password, folder);
            if (newKey != null && opensWith(folder, newKey)) {
                commit(pending, committed);
                return newKey; // the file had been re-encrypted when the key file was to be committed
            }
        }
        Optional<KeyFile> keyFile = KeyFile.read(committed);
        if (keyFile.isPresent()) {
            char[] key = deriveWhileH2Loads(keyFile.get(), password, folder, ahead);
            if (keyFile.get().current()) {
                return key;
            }
            // A key file from before ADR 52 (PBKDF2): the file is re-encrypted under an Argon2id key, once.
            if (!opensWith(folder, key)) {
                throw wrongKeyOrDamage(folder, new WrongPasswordException("H2 refused the file key."));
            }
            beforeUpgrade.run();
            return changeKey(folder, key, password);
        }
        if (!opensWith(folder, password)) {
            throw new WrongPasswordException("That password does not open the knowledge base in " + folder
                    + ". Nothing was changed; try again.");
        }
        beforeUpgrade.run();
        return changeKey(folder, password, password);
    }

    /**
     * Derives the key on a thread of its own (or takes the one {@code ahead} started sooner) while this one loads
     * H2's engine (an in-memory database, opened and closed): in a fresh process each takes about half a second, the
     * derivation all of one core, and the opening that follows needs both. On two cores the derivation then adds
     * little to an opening (ADR 50).
     */
    private static char[] deriveWhileH2Loads(KeyFile keyFile, char[] password, Path folder, FileKeyAhead ahead) {
        FileKeyAhead derivation = ahead != null ? ahead : FileKeyAhead.start(folder, password);
        if (!derivation.isDone()) { // started early enough (ADR 50), it is often done: then this would only cost
            try (Connection warmUp = DriverManager.getConnection("jdbc:h2:mem:", "nexus", "")) {
                warmUp.isValid(1);
            } catch (SQLException notNeeded) {
                // Only a head start: the real opening says what is wrong.
            }
        }
        // Another folder or password, or a key file changed since the derivation read it: derived again here.
        return derivation.keyFor(folder, password, keyFile).orElseGet(() -> keyFile.key(password, folder));
    }

    /**
     * A wrong password according to H2 after the key file's check said it was right: the file itself is damaged
     * (a flipped byte where H2 keeps its own check). With no key file (an older scheme) it is the password.
     */
    static NexusException wrongKeyOrDamage(Path folder, WrongPasswordException refused) {
        if (!Files.exists(folder.resolve(KeyFile.NAME))) {
            return refused;
        }
        return new DatabaseDamagedException("The knowledge base file " + folder.resolve(Database.FILE_NAME + ".mv.db")
                + " cannot be decrypted although the password is right (its key file says so): it is damaged."
                + " Nothing was changed; restore a backup.", refused);
    }

    private static char[] keyOrNull(KeyFile keyFile, char[] password, Path folder) {
        try {
            return keyFile.key(password, folder);
        } catch (WrongPasswordException notThisOne) {
            return null;
        }
    }

    /**
     * Re-encrypts the closed database under a new key file made for {@code newPassword}; {@code oldKey} is what H2
     * gets now (null: plain). The key file is written first as pending and committed once the file is rewritten, so
     * that a stop at any moment leaves a file that opens: see {@link #fileKey}.
     */
    private static char[] changeKey(Path folder, char[] oldKey, char[] newPassword) {
        KeyFile.Fresh fresh = KeyFile.create(newPassword);
        Path pending = folder.resolve(KeyFile.PENDING);
        fresh.file().write(pending);
        rewrite(folder, oldKey, fresh.key());
        commit(pending, folder.resolve(KeyFile.NAME));
        return fresh.key();
    }

    private static void rewrite(Path folder, char[] from, char[] to) {
        try {
            ChangeFileEncryption.execute(folder.toString(), Database.FILE_NAME, "AES", from, to, true);
            PrivateFiles.restrict(folder.resolve(Database.FILE_NAME + ".mv.db")); // H2 wrote it anew
        } catch (SQLException failure) {
            throw new NexusException("The knowledge base in " + folder + " could not be converted ("
                    + failure.getMessage().lines().findFirst().orElse("unknown reason") + "); it was left as it was.",
                    failure);
        }
    }

    private static void commit(Path pending, Path committed) {
        try {
            Files.move(pending, committed, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new NexusException("The key file " + pending + " could not be renamed to " + committed.getFileName()
                    + " (" + failure.getMessage() + "). Rename it by hand: the knowledge base needs it to open.",
                    failure);
        }
    }

    /** Whether H2 opens the (closed) database with {@code key}; any other failure than a wrong key is thrown. */
    private static boolean opensWith(Path folder, char[] key) {
        try (Connection ignored = DriverManager.getConnection(Database.url(folder, key), "nexus", h2Password(key))) {
            return true;
        } catch (SQLException failure) {
            NexusException reason = StoreFailures.opening(failure, folder, key);
            if (reason instanceof WrongPasswordException) {
                return false;
            }
            throw reason;
        }
    }

    /**
     * Encrypts, decrypts or re-keys the closed database in {@code folder}: {@code from} is its current password
     * (null if plain), {@code to} the new one (null to decrypt), which must be a good new password. H2 rewrites the
     * file through a temporary copy; the key file follows.
     */
    public static void convert(Path folder, char[] from, char[] to) {
        if (!Database.existsIn(folder)) {
            throw new NexusException("There is no knowledge base in " + folder + " to convert.");
        }
        if (to != null) {
            PasswordRules.checkNew(to);
        }
        if (isEncrypted(folder) != (from != null)) {
            throw new NexusException(from == null ? "The knowledge base in " + folder + " is encrypted already."
                    : "The knowledge base in " + folder + " is not encrypted.");
        }
        // Opening it first proves the old password right and the file intact, before anything is rewritten.
        Database.open(folder, from).close();
        char[] fromKey = fileKey(folder, from, () -> { });
        if (to != null) {
            changeKey(folder, fromKey, to);
            return;
        }
        rewrite(folder, fromKey, null);
        try {
            BackupKeyFiles.discard(folder);
        } catch (IOException failure) {
            throw new NexusException("The knowledge base in " + folder + " is no longer encrypted, but its key file "
                    + "could not be deleted (" + failure.getMessage() + "); delete " + KeyFile.NAME + " by hand.",
                    failure);
        }
    }
}
