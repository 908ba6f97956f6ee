package org.projectnexus.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A {@code [[Target#Heading|shown text]]} link written in an entry. Heading and alias may be empty.
 */
public record WikiLink(String target, String heading, String alias) {

    public WikiLink {
        target = Objects.requireNonNull(target, "target").strip();
        heading = Objects.requireNonNullElse(heading, "").strip();
        alias = Objects.requireNonNullElse(alias, "").strip();
    }

    /** The key links resolve by: titles match case-insensitively. */
    public String targetKey() {
        return titleKey(target);
    }

    public String shownText() {
        if (!alias.isEmpty()) {
            return alias;
        }
        return heading.isEmpty() ? target : target + " › " + heading;
    }

    public static String titleKey(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }
}
