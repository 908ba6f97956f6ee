package org.projectnexus.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A team entry as the hub keeps it: its content (with the server's version in its meta), whether it was deleted
 * (its last content stays, for merging), who changed it last and when, the id of that change, and that change's
 * place in the server's change log.
 */
public record ServerEntry(Entry entry, boolean deleted, String changedBy, Instant changedAt, UUID changeId,
                          long seq) {

    public long version() {
        return entry.version();
    }
}
