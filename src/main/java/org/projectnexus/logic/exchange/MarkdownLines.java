package org.projectnexus.logic.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where lines of a Markdown text start, outside fenced code: for cutting a document into its sections. */
final class MarkdownLines {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private MarkdownLines() {
    }

    /** Offsets of the lines that are exactly {@code heading} (trailing spaces aside), outside fenced code. */
    static List<Integer> headingLines(String text, String heading) {
        List<Integer> found = new ArrayList<>();
        forEachLine(text, (offset, line) -> {
            if (line.stripTrailing().equals(heading)) {
                found.add(offset);
            }
        });
        return found;
    }

    interface LineVisitor {
        void line(int offset, String line);
    }

    /** Visits every line outside fenced code blocks (without its line end). */
    static void forEachLine(String text, LineVisitor visitor) {
        String fence = null;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, end);
            Matcher opening = FENCE.matcher(line);
            if (fence != null) {
                if (opening.find() && opening.group(1).charAt(0) == fence.charAt(0)
                        && opening.group(1).length() >= fence.length()) {
                    fence = null;
                }
            } else if (opening.find()) {
                fence = opening.group(1);
            } else {
                visitor.line(start, line);
            }
            start = end + 1;
        }
    }
}
