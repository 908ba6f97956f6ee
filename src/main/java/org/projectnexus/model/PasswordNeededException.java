package org.projectnexus.model;


/** The knowledge base is encrypted and no password was given: the window and the CLI ask for one. */
public final class PasswordNeededException extends NexusException {

    public PasswordNeededException(String message) {
        super(message);
    }
}
