package org.projectnexus.model;

import java.util.Locale;
import java.util.Optional;

/** How well an entry under review was remembered: FSRS's four grades, in their order (1 to 4). */
public enum ReviewRating {
    AGAIN, HARD, GOOD, EASY;

    /** FSRS's number of the grade: 1 (again) to 4 (easy). */
    public int grade() {
        return ordinal() + 1;
    }

    /** The grade as the command line and the window write it: again, hard, good, easy. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grade named by {@code word}, in any case. */
    public static Optional<ReviewRating> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (ReviewRating rating : values()) {
            if (rating.name().equalsIgnoreCase(word.strip())) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
