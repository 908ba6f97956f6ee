package org.projectnexus.model;


/** The database was migrated by a newer Nexus than this one. */
public final class NewerSchemaException extends NexusException {
    public NewerSchemaException(String message) {
        super(message);
    }
}
