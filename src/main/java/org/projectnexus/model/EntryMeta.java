package org.projectnexus.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every entry has besides its text: identity, times and the version used for optimistic locking.
 * A version of 0 means the entry has never been stored.
 */
public record EntryMeta(UUID id, Instant created, Instant updated, long version) {

    public EntryMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public static EntryMeta fresh(Instant now) {
        return new EntryMeta(UUID.randomUUID(), now, now, 0);
    }

    public EntryMeta stored(Instant when, long newVersion) {
        return new EntryMeta(id, created, when, newVersion);
    }
}
