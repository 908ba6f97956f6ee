package org.projectnexus.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Where an entry stands in spaced review (FSRS): its phase, its step among the short learning steps, the memory's
 * stability (days until recall falls to 90 %) and difficulty (1 to 10), when it is due and when it was last reviewed.
 * Stability and difficulty are null until its first review. {@code active} is false when the user took it out of
 * review (its memory is kept for when it comes back).
 */
public record ReviewCard(UUID entryId, Phase phase, int step, Double stability, Double difficulty, Instant due,
                         Instant lastReview, boolean active) {

    /** FSRS's card states: learning (first steps), review (spaced by days), relearning (after a lapse). */
    public enum Phase { LEARNING, REVIEW, RELEARNING }

    public ReviewCard {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(due, "due");
    }

    /** An entry never reviewed: learning, due at {@code now}. */
    public static ReviewCard fresh(UUID entryId, Instant now) {
        return new ReviewCard(entryId, Phase.LEARNING, 0, null, null, now, null, true);
    }

    public ReviewCard withActive(boolean nowActive) {
        return new ReviewCard(entryId, phase, step, stability, difficulty, due, lastReview, nowActive);
    }
}
