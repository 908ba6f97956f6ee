package org.projectnexus.model;

import java.time.Instant;
import java.util.UUID;

/**
 * What a list of entries shows, without the bodies. {@code status} is a challenge's state, {@code category} a
 * takeaway's; each is null for the other kinds (and for summaries read where they do not matter, such as backlinks).
 */
public record EntrySummary(UUID id, EntryKind kind, String title, Instant updated, ChallengeStatus status,
                           TakeawayCategory category) {

    public EntrySummary(UUID id, EntryKind kind, String title, Instant updated) {
        this(id, kind, title, updated, null, null);
    }

    public EntrySummary(UUID id, EntryKind kind, String title, Instant updated, ChallengeStatus status) {
        this(id, kind, title, updated, status, null);
    }

    /** The summary of an entry as it is now. */
    public static EntrySummary of(Entry entry) {
        return new EntrySummary(entry.id(), entry.kind(), entry.title(), entry.meta().updated(),
                entry instanceof Challenge challenge ? challenge.status() : null,
                entry instanceof Takeaway takeaway ? takeaway.category() : null);
    }
}
