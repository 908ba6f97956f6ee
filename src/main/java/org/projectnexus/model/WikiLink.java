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

    /** The key links resolve by: titles match case-insensitively, and whatever the Unicode form (NFC, NFD). */
    public String targetKey() {
        return titleKey(target);
    }

    public String shownText() {
        if (!alias.isEmpty()) {
            return alias;
        }
        return heading.isEmpty() ? target : target + " › " + heading;
    }

    /**
     * The key of a title, as the database keeps it: trimmed, lower case, NFC. Lowering the case first, then composing:
     * a lower-case letter can decompose where its capital did not.
     */
    public static String titleKey(String title) {
        String lower = title.strip().toLowerCase(Locale.ROOT);
        return TitleRules.isSurelyNfc(lower) ? lower : java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFC);
    }
}
