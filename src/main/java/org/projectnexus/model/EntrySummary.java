package org.projectnexus.model;

import java.time.Instant;
import java.util.UUID;

/** What a list of entries shows, without the bodies. */
public record EntrySummary(UUID id, EntryKind kind, String title, Instant updated) {
}
