package org.projectnexus.model;


/** The database file cannot be read as a Nexus database. */
public final class DatabaseDamagedException extends NexusException {
    public DatabaseDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
