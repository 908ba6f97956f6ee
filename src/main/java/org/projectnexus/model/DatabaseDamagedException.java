package org.projectnexus.logic.store;

import org.projectnexus.logic.NexusException;

/** The database file cannot be read as a Nexus database. */
public final class DatabaseDamagedException extends NexusException {
    public DatabaseDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
