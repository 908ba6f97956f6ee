package org.projectnexus.model;

import java.util.Locale;
import java.util.Optional;

/** Whether a challenge still needs a solution. */
public enum ChallengeStatus {
    OPEN, SOLVED;

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
