package org.projectnexus.model;

/**
 * A failure the user can understand and act on. The message is written for people, not for logs:
 * what happened and what to do about it. The cause, if any, holds the technical detail.
 */
public class NexusException extends RuntimeException {

    public NexusException(String message) {
        super(message);
    }

    public NexusException(String message, Throwable cause) {
        super(message, cause);
    }
}
