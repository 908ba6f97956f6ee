package org.projectnexus.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What every entry has besides its text: identity, times and the version used for optimistic locking.
 * A version of 0 means the entry has never been stored. Times are kept to the millisecond, the precision
 * every store and export format keeps, so an entry read back equals the entry written.
 */
public record EntryMeta(UUID id, Instant created, Instant updated, long version) {

    public EntryMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        created = created.truncatedTo(ChronoUnit.MILLIS);
        updated = updated.truncatedTo(ChronoUnit.MILLIS);
    }

    public static EntryMeta fresh(Instant now) {
        return new EntryMeta(UUID.randomUUID(), now, now, 0);
    }

    public EntryMeta stored(Instant when, long newVersion) {
        return new EntryMeta(id, created, when, newVersion);
    }
}
