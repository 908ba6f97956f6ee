package org.projectnexus.logic.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown as a reader sees it, for the index and its snippets: link text instead of link syntax, no emphasis
 * markers, heading hashes, table rules or list bullets, no front matter (its tags and aliases are indexed on
 * their own). Code stays, because identifiers in code are what engineers search for. Line breaks are kept.
 */
final class PlainText {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n.*?\\r?\\n(---|\\.\\.\\.)\\r?\\n", Pattern.DOTALL);
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|#\\n]*)(?:#[^\\]|\\n]*)?(?:\\|([^\\]\\n]*))?]]");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]\\n]*)]\\([^)\\n]*\\)");
    /** What a line may start with that is not text; tried once per line (a multi-line search would try every char). */
    private static final Pattern LINE_MARKUP = Pattern.compile(
            "[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+(?:\\[[ xX]][ \\t]+)?|\\d+[.)][ \\t]+|`{3,}.*|~{3,}.*"
                    + "|\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*$)");
    private static final Pattern INLINE_MARKUP = Pattern.compile("\\*\\*|__|~~|`|<[^>\\n]{1,200}>|\\|");

    private PlainText() {
    }

    static String of(String markdown) {
        String text = FRONT_MATTER.matcher(markdown).replaceFirst("");
        text = WIKI_LINK.matcher(text).replaceAll(match ->
                Matcher.quoteReplacement(match.group(2) != null ? match.group(2) : match.group(1)));
        text = MARKDOWN_LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        StringBuilder plain = new StringBuilder(text.length());
        Matcher markup = LINE_MARKUP.matcher(text);
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            markup.region(start, end);
            plain.append(text, markup.lookingAt() ? markup.end() : start, end).append('\n');
            start = end + 1;
        }
        if (!text.endsWith("\n") && plain.length() > 0) {
            plain.setLength(plain.length() - 1);
        }
        return INLINE_MARKUP.matcher(plain).replaceAll(" ");
    }
}
