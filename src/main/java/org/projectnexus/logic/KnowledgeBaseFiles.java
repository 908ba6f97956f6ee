package org.projectnexus.logic;

import org.projectnexus.model.NexusException;
import java.nio.file.Path;
import org.projectnexus.logic.store.Database;
import org.projectnexus.logic.store.DatabaseEncryption;
import org.projectnexus.model.DatabaseInUseException;
import org.projectnexus.model.WrongPasswordException;

/**
 * What can be done to a knowledge base's data folder while no {@link KnowledgeBase} has it open: asking whether it
 * is encrypted, encrypting or decrypting it, restoring a backup into it (even when its database is damaged).
 */
public final class KnowledgeBaseFiles {

    private KnowledgeBaseFiles() {
    }

    /** Whether the knowledge base in {@code folder} is encrypted (its password is needed to open it). */
    public static boolean isEncrypted(Path folder) {
        return DatabaseEncryption.isEncrypted(folder);
    }

    /** Whether a backup zip holds an encrypted knowledge base. */
    public static boolean isEncryptedBackup(Path zip) {
        return DatabaseEncryption.isEncryptedBackup(zip);
    }

    /**
     * Encrypts ({@code from} null), re-keys or decrypts ({@code to} null) the knowledge base in {@code folder},
     * which must not be open. Backups made before keep the protection they had.
     */
    public static void changeEncryption(Path folder, char[] from, char[] to) {
        try {
            DatabaseEncryption.convert(folder, from, to);
        } catch (DatabaseInUseException held) {
            throw BusyKnowledgeBase.explained(held, folder);
        }
        // An encrypted knowledge base keeps its search index in memory only: the one on disk holds readable text.
        DataFolder.deleteTree(folder.resolve(KnowledgeBase.SEARCH_FOLDER));
    }

    /**
     * Restores a backup into {@code folder} without opening the knowledge base there first (it may be damaged);
     * refuses while another Nexus holds it. The current database is set aside first; returns where (or null).
     */
    public static Path restoreBackup(Path folder, Path zip, char[] password) {
        if (Database.existsIn(folder)) {
            try {
                Database.open(folder, password).close(); // proves no other Nexus holds it
            } catch (DatabaseInUseException held) {
                throw BusyKnowledgeBase.explained(held, folder);
            } catch (WrongPasswordException refused) {
                throw refused;
            } catch (NexusException damaged) {
                // A damaged knowledge base is exactly what a restore is for: go on.
            }
        }
        Path aside = Database.restoreInto(folder, zip, password);
        DataFolder.deleteTree(folder.resolve(KnowledgeBase.SEARCH_FOLDER)); // rebuilt from the restored database at the next start
        return aside;
    }
}
