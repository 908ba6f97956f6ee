package org.projectnexus.logic.markdown;

import org.commonmark.renderer.html.HtmlWriter;

/**
 * Text and attributes escaped exactly as commonmark's {@link HtmlWriter} escapes them ({@code & < > "}), but
 * faster on long texts: the special characters are found with {@link String#indexOf(int, int)} (which the JVM
 * runs over many characters at a time) and the text between them is copied whole, where commonmark looks at
 * each character and copies it one by one once it has found the first special one.
 */
final class HtmlEscaping {

    private static final char[] SPECIAL = {'&', '<', '>', '"'};
    private static final String[] ESCAPED = {"&amp;", "&lt;", "&gt;", "&quot;"};

    private HtmlEscaping() {
    }

    /** Writes the text escaped, as {@link HtmlWriter#text(String)} does. */
    static void writeText(HtmlWriter html, String text) {
        int[] next = new int[SPECIAL.length];
        int special = firstSpecial(text, 0, next);
        if (special < 0) {
            html.raw(text);
            return;
        }
        int done = 0;
        while (special >= 0) {
            int at = next[special];
            if (at > done) {
                html.raw(text.substring(done, at));
            }
            html.raw(ESCAPED[special]);
            done = at + 1;
            next[special] = text.indexOf(SPECIAL[special], done);
            special = nearest(next);
        }
        if (done < text.length()) {
            html.raw(text.substring(done));
        }
    }

    /** The opening tag as {@link HtmlWriter#tag(String, java.util.Map)} writes it: values escaped, in order. */
    static String openingTag(String name, String... namesAndValues) {
        StringBuilder tag = new StringBuilder(64).append('<').append(name);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            tag.append(' ');
            escape(namesAndValues[i], tag);
            tag.append("=\"");
            escape(namesAndValues[i + 1], tag);
            tag.append('"');
        }
        return tag.append('>').toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int special = c == '&' ? 0 : c == '<' ? 1 : c == '>' ? 2 : c == '"' ? 3 : -1;
            if (special < 0) {
                out.append(c);
            } else {
                out.append(ESCAPED[special]);
            }
        }
    }

    /** Fills {@code next} with where each special character next occurs (-1: nowhere); returns the nearest's index. */
    private static int firstSpecial(String text, int from, int[] next) {
        for (int i = 0; i < SPECIAL.length; i++) {
            next[i] = text.indexOf(SPECIAL[i], from);
        }
        return nearest(next);
    }

    private static int nearest(int[] next) {
        int nearest = -1;
        for (int i = 0; i < next.length; i++) {
            if (next[i] >= 0 && (nearest < 0 || next[i] < next[nearest])) {
                nearest = i;
            }
        }
        return nearest;
    }
}
