package org.projectnexus.model;


/** The knowledge base is encrypted and the password given is missing or does not open it. */
public final class WrongPasswordException extends NexusException {

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }

    public WrongPasswordException(String message) {
        super(message);
    }
}
