package org.projectnexus.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One rating given in spaced review: which entry, when, and how well it was remembered (the review streak's days). */
public record RatingGiven(UUID entryId, Instant at, ReviewRating rating) {

    public RatingGiven {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
    }
}
