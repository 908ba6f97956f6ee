package org.projectnexus.model;

/**
 * The team hub cannot be reached (no network, the server down or restarting, the connection cut): the changes stay
 * queued and go out when it is back. The window shows it as "offline" rather than as an error.
 */
public final class HubUnreachableException extends NexusException {

    public HubUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
