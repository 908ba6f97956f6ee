package org.projectnexus.model;

import java.time.Instant;

/**
 * A team hub this knowledge base joined: the server's address (without any password), the member's name (their
 * PostgreSQL role), whether the password is remembered (inside the knowledge base only), how far the server's
 * change log was taken in, and when the last sync ended (null before the first).
 */
public record HubMembership(String team, String url, String member, boolean passwordRemembered, long cursor,
                            Instant joinedAt, Instant lastSync) {
}
