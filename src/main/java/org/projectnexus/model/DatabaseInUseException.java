package org.projectnexus.model;


/** Another running Nexus holds the database. */
public final class DatabaseInUseException extends NexusException {
    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
