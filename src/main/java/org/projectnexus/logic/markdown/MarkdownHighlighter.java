package org.projectnexus.logic.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Markdown syntax in a text for the editor to colour: headings, emphasis, code, links, tags, math,
 * quotes. Line by line and in one pass, so that even a long note is coloured quickly (docs/performance.md,
 * "Markdown and the preview"). It is a highlighter, not a parser: close enough for colours, never used to decide
 * what a text means.
 */
public final class MarkdownHighlighter {

    /** A run of text and the style it shows in; runs are sorted and never overlap. */
    public record Span(int start, int end, String style) {
    }

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s|$)");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>");
    private static final String TAG_CHAR = "[\\p{L}\\p{M}\\p{N}_\\-]";
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>`[^`\\n]+`)"
                    + "|(?<wiki>\\[\\[[^\\[\\]\\n]+]])"
                    + "|(?<link>!?\\[[^\\]\\n]*]\\([^)\\n]*\\))"
                    + "|(?<math>\\$[^$\\s][^$\\n]*\\$)"
                    + "|(?<strong>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
                    + "|(?<emphasis>(?<![\\w*])\\*[^*\\s][^*\\n]*\\*|(?<![\\w_])_[^_\\s][^_\\n]*_(?!\\w))"
                    + "|(?<tag>(?<![\\p{L}\\p{M}\\p{N}_/&#\\-])#" + TAG_CHAR + "+(?:/" + TAG_CHAR + "+)*)");
    private static final String[] INLINE_STYLES = {"code", "wiki", "link", "math", "strong", "emphasis", "tag"};

    public List<Span> highlight(String text) {
        List<Span> spans = new ArrayList<>();
        String fence = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                add(spans, lineStart, lineEnd, "code-block");
                if (fenceMatch.find() && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length()) {
                    fence = null;
                }
            } else if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
                add(spans, lineStart, lineEnd, "code-block");
            } else if (HEADING.matcher(line).find()) {
                add(spans, lineStart, lineEnd, "heading");
            } else {
                if (QUOTE.matcher(line).find()) {
                    add(spans, lineStart, lineEnd, "quote");
                }
                inline(spans, line, lineStart);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return spans;
    }

    private static void inline(List<Span> spans, String line, int offset) {
        Matcher matcher = INLINE.matcher(line);
        while (matcher.find()) {
            for (String style : INLINE_STYLES) {
                if (matcher.start(style) >= 0) {
                    add(spans, offset + matcher.start(), offset + matcher.end(), style);
                    break;
                }
            }
        }
    }

    /** Adds a run; one that overlaps the previous run (a quote line's own spans) replaces the overlapped part. */
    private static void add(List<Span> spans, int start, int end, String style) {
        if (end <= start) {
            return;
        }
        if (!spans.isEmpty()) {
            Span last = spans.get(spans.size() - 1);
            if (last.end() > start) {
                spans.remove(spans.size() - 1);
                if (last.start() < start) {
                    spans.add(new Span(last.start(), start, last.style()));
                }
                spans.add(new Span(start, end, style));
                if (last.end() > end) {
                    spans.add(new Span(end, last.end(), last.style()));
                }
                return;
            }
        }
        spans.add(new Span(start, end, style));
    }
}
