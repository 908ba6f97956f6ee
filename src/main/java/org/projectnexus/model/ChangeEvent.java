package org.projectnexus.model;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one committed transaction did to the entries, announced after the commit (ADR 33): each entry it touched,
 * how, and what it looked like before and after, with its tags, so that a subscriber can bring its own view up to
 * date without asking the database what happened. {@code reset} says the whole knowledge base was replaced (a
 * backup restored): then the changes list is empty and everything read before is stale. {@code reviews} says the
 * review schedule changed (an entry rated, or marked for review or taken out): no entry changed then.
 */
public record ChangeEvent(List<Change> changes, boolean reset, boolean reviews) {

    public ChangeEvent {
        changes = List.copyOf(changes);
    }

    /** Changes to entries (or, with {@code reset}, to everything). */
    public ChangeEvent(List<Change> changes, boolean reset) {
        this(changes, reset, false);
    }

    /** How an entry changed. */
    public enum How {
        CREATED, UPDATED, RENAMED, TRASHED, RESTORED, IMPORTED;

        /** Whether the entry is no longer among the live entries afterwards. */
        public boolean removes() {
            return this == TRASHED;
        }
    }

    /**
     * One entry's change. {@code before} is null for an entry that was not live before (created, imported,
     * restored), {@code after} is null for one that is not live afterwards (trashed).
     */
    public record Change(UUID id, How how, EntrySummary before, EntrySummary after, List<Tag> tagsBefore,
                         List<Tag> tagsAfter) {

        public Change {
            tagsBefore = List.copyOf(tagsBefore);
            tagsAfter = List.copyOf(tagsAfter);
        }
    }

    /** The review schedule changed, and nothing else. */
    public static ChangeEvent reviewsChanged() {
        return new ChangeEvent(List.of(), false, true);
    }

    /** Whether entries changed (or everything did), rather than only the review schedule. */
    public boolean touchesEntries() {
        return reset || !changes.isEmpty();
    }

    /** The whole knowledge base was replaced. */
    public static ChangeEvent everything() {
        return new ChangeEvent(List.of(), true);
    }

    /** The ids of the entries that changed. */
    public Set<UUID> ids() {
        return changes.stream().map(Change::id).collect(Collectors.toUnmodifiableSet());
    }
}
