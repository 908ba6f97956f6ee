package org.projectnexus.logic.markdown;

/**
 * Where the front matter block of a text is: a first line {@code ---} (after an optional byte order mark; spaces
 * and tabs may follow), the YAML, then the first line that is {@code ---} or {@code ...}. {@code yaml} is
 * [yamlStart, yamlEnd), without the line break before the closing line; the body starts at {@code end}.
 *
 * <p>It finds what this pattern finds with {@code lookingAt}, in one pass over the block (an import reads the front
 * matter of every file twice, and the pattern's lazy {@code .*?} retried the closing line at every character):
 * {@code \A\uFEFF?---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\z)}, DOTALL and MULTILINE.
 * So a line starts after {@code \n}, {@code \r\n}, a lone {@code \r}, U+0085, U+2028 or U+2029, as for that
 * pattern's {@code ^}.
 */
record FrontMatterBlock(int yamlStart, int yamlEnd, int end) {

    /** The block at the top of {@code text}, or null when it has none. */
    static FrontMatterBlock find(String text) {
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        if (!text.startsWith("---", at)) {
            return null;
        }
        at = afterSpaces(text, at + 3);
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '\n') {
            return null;
        }
        int yamlStart = at + 1;
        for (int line = yamlStart; line < text.length(); line = nextLine(text, line)) {
            int end = closingLineEnd(text, line);
            if (end >= 0) {
                int yamlEnd = line;
                if (yamlEnd > yamlStart && text.charAt(yamlEnd - 1) == '\n') {
                    yamlEnd--;
                    if (yamlEnd > yamlStart && text.charAt(yamlEnd - 1) == '\r') {
                        yamlEnd--;
                    }
                }
                return new FrontMatterBlock(yamlStart, yamlEnd, end);
            }
        }
        return null;
    }

    /** Where the text after a closing line starting at {@code line} begins, or -1 if no closing line starts there. */
    private static int closingLineEnd(String text, int line) {
        if (!text.startsWith("---", line) && !text.startsWith("...", line)) {
            return -1;
        }
        int at = afterSpaces(text, line + 3);
        if (at == text.length()) {
            return at;
        }
        if (text.charAt(at) == '\n') {
            return at + 1;
        }
        return text.startsWith("\r\n", at) ? at + 2 : -1;
    }

    /** The start of the line after the one {@code from} is in (the text's length if there is none). */
    private static int nextLine(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int afterSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }
}
