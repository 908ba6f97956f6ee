package org.projectnexus.logic.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown as a reader sees it, for the index and its snippets: link text instead of link syntax, no emphasis
 * markers, heading hashes, table rules or list bullets, no front matter (its tags and aliases are indexed on
 * their own). Code stays, because identifiers in code are what engineers search for. Line breaks are kept.
 * One pass per line: a rebuild runs this over
 * every entry.
 */
final class PlainText {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n.*?\\r?\\n(---|\\.\\.\\.)\\r?\\n", Pattern.DOTALL);
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|#\\n]*)(?:#[^\\]|\\n]*)?(?:\\|([^\\]\\n]*))?]]");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]\\n]*)]\\([^)\\n]*\\)");
    /** What a line may start with that is not text; tried once per line (a multi-line search would try every char). */
    private static final Pattern LINE_MARKUP = Pattern.compile(
            "[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+(?:\\[[ xX]][ \\t]+)?|\\d+[.)][ \\t]+|`{3,}.*|~{3,}.*"
                    + "|\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*$)");

    private PlainText() {
    }

    static String of(String markdown) {
        String text = markdown.startsWith("---") ? FRONT_MATTER.matcher(markdown).replaceFirst("") : markdown;
        if (text.contains("[[")) {
            text = WIKI_LINK.matcher(text).replaceAll(match ->
                    Matcher.quoteReplacement(match.group(2) != null ? match.group(2) : match.group(1)));
        }
        if (text.contains("](")) {
            text = MARKDOWN_LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        }
        StringBuilder plain = new StringBuilder(text.length());
        Matcher markup = LINE_MARKUP.matcher(text);
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            markup.region(start, end);
            inline(text, markup.lookingAt() ? markup.end() : start, end, plain);
            if (end < text.length()) {
                plain.append('\n');
            }
            start = end + 1;
        }
        return plain.toString();
    }

    /** Copies a line without {@code ** __ ~~ ` |} and HTML tags (each becomes a space). */
    private static void inline(String text, int from, int to, StringBuilder plain) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '*', '_', '~' -> {
                    if (i + 1 < to && text.charAt(i + 1) == c) {
                        plain.append(' ');
                        i++;
                    } else {
                        plain.append(c);
                    }
                }
                case '`', '|' -> plain.append(' ');
                case '<' -> {
                    int close = tagEnd(text, i, to);
                    if (close > 0) {
                        plain.append(' ');
                        i = close;
                    } else {
                        plain.append(c);
                    }
                }
                default -> plain.append(c);
            }
        }
    }

    /** Where an HTML tag starting at {@code open} ends ({@code <b>}, {@code </div>}, {@code <br/>}), or -1. */
    private static int tagEnd(String text, int open, int to) {
        if (open + 1 >= to) {
            return -1;
        }
        char next = text.charAt(open + 1);
        if (!Character.isLetter(next) && next != '/' && next != '!') {
            return -1;
        }
        int close = text.indexOf('>', open);
        return close > 0 && close < to && close - open <= 200 ? close : -1;
    }
}
