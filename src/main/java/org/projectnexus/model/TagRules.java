package org.projectnexus.model;

/**
 * What a tag is made of, wherever it is written: an inline {@code #tag}, a front-matter {@code tags:} item or
 * {@code nexus add --tag}. Letters, marks and numbers of any script, {@code _} and {@code -}, with {@code /} between
 * the levels of a nested tag ({@code caching/redis}). One rule, so that {@code "><script>} cannot become a tag by
 * the front door when the editor would never make it one.
 */
public final class TagRules {

    /** Letters, marks and numbers of any script ({@code \p{L}\p{M}\p{N}}), by their Unicode categories. */
    private static final int TAG_CATEGORIES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    private TagRules() {
    }

    /** Whether the character may stand in a tag (the slash between levels aside). */
    public static boolean isTagCharacter(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9' || codePoint == '_' || codePoint == '-';
        }
        return (TAG_CATEGORIES & 1 << Character.getType(codePoint)) != 0;
    }

    /**
     * Whether {@code name} (with or without its {@code #}) is a whole tag: levels of tag characters, split by /, not
     * a number alone.
     */
    public static boolean isValid(String name) {
        String tag = name.startsWith("#") ? name.substring(1) : name;
        if (tag.isEmpty() || tag.startsWith("/") || tag.endsWith("/") || tag.contains("//") || isNumber(tag)) {
            return false;
        }
        for (int i = 0; i < tag.length(); ) {
            int c = tag.codePointAt(i);
            if (c != '/' && !isTagCharacter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Whether a word written after {@code #} is a number ({@code #2024}, {@code #12-3}: an issue or a year, not a tag):
     * digits, {@code /}, {@code -} and {@code _} only.
     */
    public static boolean isNumber(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!(Character.isDigit(c) || c == '/' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The tag {@code name} names, or a {@link NexusException} saying what a tag may hold. */
    public static Tag check(String name) {
        String stripped = name == null ? "" : name.strip();
        if (!isValid(stripped)) {
            throw new NexusException("“" + SafeText.forDisplay(stripped) + "” cannot be a tag: a tag holds letters, digits, _ and -, with /"
                    + " between levels, and is not a number alone (for example caching/redis).");
        }
        return new Tag(stripped);
    }
}
