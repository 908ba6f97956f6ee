package org.projectnexus.logic.store;

import org.projectnexus.logic.NexusException;

/** The database was migrated by a newer Nexus than this one. */
public final class NewerSchemaException extends NexusException {
    public NewerSchemaException(String message) {
        super(message);
    }
}
