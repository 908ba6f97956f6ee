package org.projectnexus.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of a challenge's state, kept for good: from which state (null when the challenge was created), to
 * which, when, and at which version of the entry. A change to {@link ChallengeStatus#REGRESSED} carries the solution
 * that did not hold and the version that had it ({@code failedVersion}, 0 otherwise), so the failure links back to it
 * even after the solution was rewritten and old revisions were thinned.
 */
public record StateChange(UUID entryId, ChallengeStatus from, ChallengeStatus to, Instant at, long version,
                          long failedVersion, String failedSolution) {

    public StateChange {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }

    /** Whether this change says the solution did not hold. */
    public boolean regression() {
        return to == ChallengeStatus.REGRESSED && failedSolution != null;
    }
}
