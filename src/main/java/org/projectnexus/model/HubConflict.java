package org.projectnexus.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Edits of a team entry that overlapped a teammate's: the team's version stayed in the entry ({@code entryId}),
 * the member's became the personal entry {@code copyId}, which links to it.
 */
public record HubConflict(UUID entryId, String entryTitle, UUID copyId, String copyTitle, String team,
                          Instant createdAt) {
}
