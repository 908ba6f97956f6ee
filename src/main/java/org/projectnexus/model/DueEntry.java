package org.projectnexus.model;

import java.time.Instant;

/** An entry due for review: what the review queue lists, with when it fell due and whether it was never reviewed. */
public record DueEntry(EntrySummary entry, Instant due, boolean neverReviewed) {
}
