package org.projectnexus.model;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of knowledge Nexus keeps. */
public enum EntryKind {
    NOTE("Note", "Notes"),
    CHALLENGE("Challenge", "Challenges"),
    TAKEAWAY("Takeaway", "Takeaways");

    private final String displayName;
    private final String pluralName;

    EntryKind(String displayName, String pluralName) {
        this.displayName = displayName;
        this.pluralName = pluralName;
    }

    public String displayName() {
        return displayName;
    }

    public String pluralName() {
        return pluralName;
    }

    /** Parses "note", "Challenge", "TAKEAWAY" and the plural forms; empty when the word is no kind. */
    public static Optional<EntryKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.trim().toUpperCase(Locale.ROOT);
        for (EntryKind kind : values()) {
            if (kind.name().equals(word) || kind.pluralName.toUpperCase(Locale.ROOT).equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
