package org.projectnexus.model;

/**
 * The team hub refused the member's password (a wrong one, none given, or the member is unknown): trying again will
 * not help until the member gives another. The window then offers to sign in (ADR 48).
 */
public final class HubPasswordRefusedException extends NexusException {

    public HubPasswordRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
