package org.projectnexus.model;

import java.time.Instant;
import java.util.UUID;

/**
 * What a list of entries shows, without the bodies. {@code status} is a challenge's state, null for other kinds
 * (and for summaries read where the state does not matter, such as backlinks).
 */
public record EntrySummary(UUID id, EntryKind kind, String title, Instant updated, ChallengeStatus status) {

    public EntrySummary(UUID id, EntryKind kind, String title, Instant updated) {
        this(id, kind, title, updated, null);
    }

    /** The summary of an entry as it is now. */
    public static EntrySummary of(Entry entry) {
        return new EntrySummary(entry.id(), entry.kind(), entry.title(), entry.meta().updated(),
                entry instanceof Challenge challenge ? challenge.status() : null);
    }
}
