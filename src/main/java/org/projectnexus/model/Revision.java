package org.projectnexus.model;

import java.time.Instant;

/** An earlier version of an entry, as it was when a later save replaced it. */
public record Revision(long version, Instant savedAt, Entry entry) {
}
