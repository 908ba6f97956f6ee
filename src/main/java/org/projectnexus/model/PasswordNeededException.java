package org.projectnexus.logic.store;

import org.projectnexus.logic.NexusException;

/** The knowledge base is encrypted and no password was given: the window and the CLI ask for one. */
public final class PasswordNeededException extends NexusException {

    public PasswordNeededException(String message) {
        super(message);
    }
}
