package org.projectnexus.model;

import java.util.Locale;
import java.util.Optional;

/** What a takeaway is: a best practice to follow or a personal insight. */
public enum TakeawayCategory {
    BEST_PRACTICE("Best practice"),
    INSIGHT("Insight");

    private final String displayName;

    TakeawayCategory(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Accepts "best_practice", "best-practice", "Best practice" and "insight". */
    public static Optional<TakeawayCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Optional.of(valueOf(word));
        } catch (IllegalArgumentException notACategory) {
            return Optional.empty();
        }
    }
}
