package org.projectnexus.model;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one committed transaction did to the entries, announced after the commit (ADR 33): each entry it touched,
 * how, and what it looked like before and after, with its tags, so that a subscriber can bring its own view up to
 * date without asking the database what happened. {@code reset} says the whole knowledge base was replaced (a
 * backup restored): then the changes list is empty and everything read before is stale.
 */
public record ChangeEvent(List<Change> changes, boolean reset) {

    public ChangeEvent {
        changes = List.copyOf(changes);
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

    /** The whole knowledge base was replaced. */
    public static ChangeEvent everything() {
        return new ChangeEvent(List.of(), true);
    }

    /** The ids of the entries that changed. */
    public Set<UUID> ids() {
        return changes.stream().map(Change::id).collect(Collectors.toUnmodifiableSet());
    }
}
