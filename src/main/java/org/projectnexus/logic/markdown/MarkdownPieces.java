package org.projectnexus.logic.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a Markdown text into pieces that commonmark parses, each on its own, into exactly the top-level blocks
 * it makes of them in the whole text, so a live preview can re-parse only the piece an edit touched (ADR 19).
 *
 * <p>A cut goes only before a line that starts in the first column right after a blank line: there every open
 * block has ended (a paragraph, a table, an indented code block, a list item, a block quote, an HTML block of
 * the kinds that end at a blank line), except in three cases, where no cut is made:
 * <ul>
 *   <li>the line continues a list (it starts with a list marker: {@code - + *} or a number and {@code . )});
 *   <li>a fenced code block that started in the first column is still open (its fence is followed exactly);
 *   <li>a fence was opened with an indent of one to three spaces: it may sit in a list item, whose end this
 *       cutter does not follow, so from there on the rest of the text stays one piece.
 * </ul>
 * Lines starting with {@code -} never start a piece, so no piece but the first can look like front matter.
 * What the pieces cannot show alone (link reference definitions, footnotes and raw HTML reach across blocks)
 * is left to the caller: it renders such a text whole.
 */
final class MarkdownPieces {

    private MarkdownPieces() {
    }

    static List<String> split(String markdown, int bodyStart) {
        List<String> pieces = new ArrayList<>();
        int pieceStart = 0;
        boolean previousBlank = false;
        char fence = 0;
        int fenceLength = 0;
        int lineStart = bodyStart;
        int length = markdown.length();
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && markdown.charAt(lineEnd) != '\n' && markdown.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int indent = 0;
            while (lineStart + indent < lineEnd && markdown.charAt(lineStart + indent) == ' ') {
                indent++;
            }
            boolean blank = isBlank(markdown, lineStart, lineEnd);
            if (fence != 0) {
                if (indent <= 3 && closesFence(markdown, lineStart + indent, lineEnd, fence, fenceLength)) {
                    fence = 0;
                }
            } else {
                if (previousBlank && lineStart > pieceStart && startsPiece(markdown, lineStart, lineEnd)) {
                    pieces.add(markdown.substring(pieceStart, lineStart));
                    pieceStart = lineStart;
                }
                int run = fenceRun(markdown, lineStart + indent, lineEnd);
                if (run > 0 && indent > 0 && indent <= 3) {
                    break; // perhaps a fence inside a list item: the rest is one piece
                }
                if (run > 0 && indent == 0) {
                    fence = markdown.charAt(lineStart);
                    fenceLength = run;
                }
            }
            previousBlank = blank;
            lineStart = nextLine(markdown, lineEnd);
        }
        pieces.add(markdown.substring(pieceStart));
        return pieces;
    }

    /** Whether a line that follows a blank line starts a block that nothing before it can continue. */
    private static boolean startsPiece(String text, int start, int end) {
        if (start == end) {
            return false;
        }
        char first = text.charAt(start);
        if (first == ' ' || first == '\t' || first == '-' || first == '\uFEFF') {
            return false;
        }
        if ((first == '+' || first == '*') && (start + 1 == end || isSpaceOrTab(text.charAt(start + 1)))) {
            return false;
        }
        int digits = 0;
        while (start + digits < end && digits < 10 && text.charAt(start + digits) >= '0'
                && text.charAt(start + digits) <= '9') {
            digits++;
        }
        return !(digits > 0 && start + digits < end && (text.charAt(start + digits) == '.' || text.charAt(start + digits) == ')'));
    }

    /** The length of an opening fence at {@code start} (three or more backticks or tildes), or 0. */
    private static int fenceRun(String text, int start, int end) {
        if (start >= end || (text.charAt(start) != '`' && text.charAt(start) != '~')) {
            return 0;
        }
        char c = text.charAt(start);
        int run = 0;
        while (start + run < end && text.charAt(start + run) == c) {
            run++;
        }
        if (run < 3) {
            return 0;
        }
        // A backtick fence's info string may not hold a backtick (then the line is inline code, not a fence).
        if (c == '`') {
            for (int i = start + run; i < end; i++) {
                if (text.charAt(i) == '`') {
                    return 0;
                }
            }
        }
        return run;
    }

    private static boolean closesFence(String text, int start, int end, char fence, int fenceLength) {
        int run = 0;
        while (start + run < end && text.charAt(start + run) == fence) {
            run++;
        }
        return run >= fenceLength && isBlank(text, start + run, end);
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpaceOrTab(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }
}
