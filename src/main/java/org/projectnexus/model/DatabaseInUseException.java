package org.projectnexus.logic.store;

import org.projectnexus.logic.NexusException;

/** Another running Nexus holds the database. */
public final class DatabaseInUseException extends NexusException {
    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
