package org.projectnexus.logic.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.projectnexus.model.DatabaseDamagedException;
import org.projectnexus.model.DatabaseInUseException;
import org.projectnexus.model.WrongPasswordException;
import org.projectnexus.model.NexusException;

/** Turns database errors (opening one, or escaping a transaction) into messages a person can act on. */
final class StoreFailures {

    private StoreFailures() {
    }

    static NexusException translate(SQLException failure) {
        String reason = failure.getMessage() == null ? "unknown reason"
                : failure.getMessage().lines().findFirst().orElse("unknown reason");
        return new NexusException("The knowledge base could not be read or written (" + reason
                + "). Your text is still in the editor; try again, and check that the disk is not full.", failure);
    }

    /**
     * Why a database did not open, as the user can act on it: a wrong password, another Nexus holding it, a damaged
     * file, or H2's own first line.
     */
    static NexusException opening(SQLException failure, Path folder, char[] password) {
        int code = failure.getErrorCode();
        if (password != null && (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_PASSWORD_FORMAT)) {
            return new WrongPasswordException("That password does not open the knowledge base in " + folder
                    + ". Nothing was changed; try again.", failure);
        }
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 && heldByThisProcess(failure)) {
            // H2 keeps the file locked when an opening fails halfway (the read-only look at a damaged file does):
            // the holder is then this very process, and the reason is the damage, not another Nexus.
            return damaged(folder, failure);
        }
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseInUseException("The knowledge base in " + folder + " is open in another Nexus (a window"
                    + " or a command). Close that window or wait for that command, or use another --home folder.",
                    failure);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1 || code == ErrorCode.IO_EXCEPTION_2) {
            return damaged(folder, failure);
        }
        return new NexusException("The knowledge base in " + folder + " could not be opened ("
                + failure.getMessage().lines().findFirst().orElse("unknown reason") + ").", failure);
    }

    private static DatabaseDamagedException damaged(Path folder, SQLException failure) {
        return new DatabaseDamagedException("The knowledge base file " + folder.resolve(Database.FILE_NAME + ".mv.db")
                + " cannot be read: it is damaged or not a Nexus database. Nothing was changed;"
                + " restore a backup or start with another --home folder.", failure);
    }

    /** Whether the lock that refused the opening is held by this JVM (a channel of its own), not another process. */
    private static boolean heldByThisProcess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.channels.OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }
}
