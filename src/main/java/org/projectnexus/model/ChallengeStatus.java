package org.projectnexus.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a challenge stands in its life cycle: open (no solution yet), solved (a solution is written), verified (the
 * solution held up in practice) or regressed (the problem came back, so the solution did not hold).
 */
public enum ChallengeStatus {
    OPEN("Open"), SOLVED("Solved"), VERIFIED("Verified"), REGRESSED("Regressed");

    private final String displayName;

    ChallengeStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The lower-case word the command line, the search language and the JSON use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a state in any case ("Verified", "REGRESSED"); empty when the word is no state. */
    public static Optional<ChallengeStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAStatus) {
            return Optional.empty();
        }
    }
}
