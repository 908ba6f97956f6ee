package org.projectnexus.logic.store;

import java.sql.SQLException;
import org.projectnexus.model.NexusException;

/** Turns database errors that escape a transaction into messages a person can act on. */
final class StoreFailures {

    private StoreFailures() {
    }

    static NexusException translate(SQLException failure) {
        String reason = failure.getMessage() == null ? "unknown reason"
                : failure.getMessage().lines().findFirst().orElse("unknown reason");
        return new NexusException("The knowledge base could not be read or written (" + reason
                + "). Your text is still in the editor; try again, and check that the disk is not full.", failure);
    }
}
