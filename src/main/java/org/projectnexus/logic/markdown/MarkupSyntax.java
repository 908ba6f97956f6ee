package org.projectnexus.logic.markdown;

import org.projectnexus.model.TagRules;
import org.projectnexus.model.WikiLink;

/**
 * The syntax of {@code [[wiki links]]} and {@code #tags}, matched by hand at a given place in a text. It accepts
 * exactly what these regular expressions accepted with {@code lookingAt} (the first version, kept as the
 * reference in the tests), without a matcher per text node, which was a notable share of the
 * pipeline's time (docs/performance.md, "Markdown and the preview"):
 * <pre>
 * \[\[([^\[\]|#\n]+)(?:#([^\[\]|\n]*))?(?:\|([^\[\]\n]*))?]]       a wiki link: target, heading, shown text
 * #([\p{L}\p{M}\p{N}_\-]+(?:/[\p{L}\p{M}\p{N}_\-]+)*)             a tag, nested with slashes
 * </pre>
 * None of the character classes can give back a character that the part after it needs, so matching greedily
 * without backtracking finds the same match as the regular expressions. The tag characters are {@link TagRules}'s.
 */
final class MarkupSyntax {

    private MarkupSyntax() {
    }

    /** A wiki link found in a text, and where it ends. */
    record WikiLinkMatch(WikiLink link, int end) {
    }

    /**
     * The wiki link that starts at {@code at} (where the text holds {@code [[}), or null when none does, or its
     * target is blank.
     */
    static WikiLinkMatch wikiLinkAt(String text, int at) {
        int length = text.length();
        int i = at + 2;
        int targetStart = i;
        while (i < length && !endsTarget(text.charAt(i))) {
            i++;
        }
        if (i == targetStart) {
            return null;
        }
        String target = text.substring(targetStart, i);
        String heading = null;
        String shown = null;
        if (i < length && text.charAt(i) == '#') {
            int headingStart = ++i;
            while (i < length && !endsHeading(text.charAt(i))) {
                i++;
            }
            heading = text.substring(headingStart, i);
        }
        if (i < length && text.charAt(i) == '|') {
            int shownStart = ++i;
            while (i < length && !endsShownText(text.charAt(i))) {
                i++;
            }
            shown = text.substring(shownStart, i);
        }
        if (i + 1 >= length || text.charAt(i) != ']' || text.charAt(i + 1) != ']' || target.isBlank()) {
            return null;
        }
        return new WikiLinkMatch(new WikiLink(target, heading, shown), i + 2);
    }

    /** Where the tag that starts at {@code at} (where the text holds {@code #}) ends, or -1 when none does. */
    static int tagEnd(String text, int at) {
        int end = skipTagCharacters(text, at + 1);
        if (end == at + 1) {
            return -1;
        }
        while (end < text.length() && text.charAt(end) == '/') {
            int segmentEnd = skipTagCharacters(text, end + 1);
            if (segmentEnd == end + 1) {
                break; // a slash not followed by a tag character is not part of the tag
            }
            end = segmentEnd;
        }
        return end;
    }

    private static int skipTagCharacters(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                    i++;
                    continue;
                }
                return i;
            }
            int codePoint = text.codePointAt(i);
            if (!TagRules.isTagCharacter(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    private static boolean endsTarget(char c) {
        return c == '[' || c == ']' || c == '|' || c == '#' || c == '\n';
    }

    private static boolean endsHeading(char c) {
        return c == '[' || c == ']' || c == '|' || c == '\n';
    }

    private static boolean endsShownText(char c) {
        return c == '[' || c == ']' || c == '\n';
    }
}
