package org.projectnexus.logic.exchange;

import java.util.regex.Pattern;

/**
 * The one line a README item shows for an entry: the first sentence of its first paragraph of prose, without
 * headings, tables, code, quotes or the {@code Tags:} line, its {@code [[links]]} and Markdown links reduced to
 * their text. A long sentence is cut at a word, so every item stays a line or two.
 */
final class SummaryLine {

    static final int MAX_CHARS = 180;
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|#]*)(?:#[^\\]|]*)?(?:\\|([^\\]]*))?]]");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern TAG_ONLY = Pattern.compile("^(?:Tags?:)?(?:\\s*#[\\p{L}\\p{N}_/\\-]+)+\\s*$",
            Pattern.CASE_INSENSITIVE);
    // Compiled once: a README of 10,000 entries runs these on every line of their first paragraphs.
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]]\\s+)?");
    private static final Pattern TRAILING_TAGS = Pattern.compile("(?:\\s#[\\p{L}\\p{N}_/\\-]+)+\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:\\s]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}`*\\[(\"])");

    private SummaryLine() {
    }

    /** The first sentence of {@code markdown} (front matter already removed), or "" when it holds no prose. */
    static String of(String markdown) {
        StringBuilder paragraph = new StringBuilder();
        boolean fenced = false;
        for (String raw : markdown.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            boolean skipped = line.isEmpty() || line.startsWith("#") || line.startsWith("|") || line.startsWith(">")
                    || line.startsWith("---") || line.startsWith("<") || TAG_ONLY.matcher(line).matches();
            if (skipped) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            String item = LIST_MARKER.matcher(line).replaceFirst("");
            boolean introduces = paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) == ':';
            if (!item.equals(line) && paragraph.length() > 0 && !introduces) {
                break;
            }
            // "Fix the biggest cause:" says little alone; the list it introduces says what was done.
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(introduces
                    ? Character.toLowerCase(item.charAt(0)) + item.substring(1) : item);
            if (introduces) {
                break;
            }
        }
        return firstSentence(plain(paragraph.toString()));
    }

    /** Markdown reduced to the text a reader sees in one line: links to their text, no trailing tags. */
    static String plain(String markdown) {
        String text = WIKI_LINK.matcher(markdown).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                match.group(2) != null && !match.group(2).isBlank() ? match.group(2) : match.group(1)));
        text = MARKDOWN_LINK.matcher(text).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(match.group(1)));
        return SPACES.matcher(TRAILING_TAGS.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    private static String firstSentence(String text) {
        var end = SENTENCE_END.matcher(text);
        String sentence = end.find() ? text.substring(0, end.start()) : text;
        if (sentence.length() <= MAX_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_CHARS - 1);
        return TRAILING_PUNCTUATION.matcher(sentence.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1))
                .replaceAll("") + "…";
    }

    /** Whether a line of Markdown holds only tags (the starter's {@code Tags: #a #b} line). */
    static boolean tagsOnly(String line) {
        return TAG_ONLY.matcher(line.strip()).matches();
    }
}
