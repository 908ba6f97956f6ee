package org.projectnexus.model;

/** A title that cannot be used (empty, too long, or with characters that [[links]] or file names cannot carry). */
public final class InvalidTitleException extends NexusException {

    public InvalidTitleException(String message) {
        super(message);
    }
}
