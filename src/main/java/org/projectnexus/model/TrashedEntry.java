package org.projectnexus.model;

import java.time.Instant;
import java.util.UUID;

/** An entry in the trash: what it was and when it was deleted. */
public record TrashedEntry(UUID id, EntryKind kind, String title, Instant deletedAt) {
}
