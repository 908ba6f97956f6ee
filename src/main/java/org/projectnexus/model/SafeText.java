package org.projectnexus.model;

/**
 * Text from outside (titles, file names, whole messages that quote them) made safe to show in a terminal or a
 * dialog. Control characters are written as escapes a person can read ({@code \e}, {@code \n}, {@code \x07},
 * {@code \u202E}), so an ESC sequence in a file name can neither clear the screen nor set the window title, a
 * newline cannot forge a line of its own, and a right-to-left override cannot reorder what follows it. Long text is
 * cut, with an ellipsis: a 10 MB title must not fill a terminal or a dialog. Only what is displayed changes; stored
 * data never goes through here.
 *
 * <p>A backslash itself is left as it is, so escaping twice changes nothing (a message may quote a name that was
 * escaped already, and the whole message is escaped again where it is printed).
 */
public final class SafeText {

    /** How much of a name a message shows: a whole title ({@link TitleRules#MAX_LENGTH}), never a screenful. */
    public static final int NAME_LIMIT = 240;
    /** How much of a whole message is shown; the names inside it were cut already. */
    public static final int MESSAGE_LIMIT = 4_000;
    private static final String ELLIPSIS = "…";

    private SafeText() {
    }

    /** A title or file name as a message shows it: every control character escaped, at most {@link #NAME_LIMIT}. */
    public static String forDisplay(String name) {
        return forDisplay(name, NAME_LIMIT);
    }

    /** As {@link #forDisplay(String)}, cut at {@code limit} characters: for a line that quotes names itself. */
    public static String forDisplay(String text, int limit) {
        return escape(text, limit, false);
    }

    /** Anything that stands for a name in a message (a {@code Path}, say), as {@link #forDisplay(String)}. */
    public static String forDisplay(Object name) {
        return forDisplay(name == null ? null : name.toString());
    }

    /**
     * A whole message as it is printed or shown: control characters escaped except its own line breaks and tabs,
     * at most {@link #MESSAGE_LIMIT}. The safety net where messages leave Nexus, for names no one escaped.
     */
    public static String forMessage(String message) {
        return escape(message, MESSAGE_LIMIT, true);
    }

    /**
     * Text of any length printed to a terminal as lines (an entry's body in {@code nexus show}): control characters
     * escaped except line breaks and tabs, nothing cut.
     */
    public static String forTerminal(String text) {
        return escape(text, Integer.MAX_VALUE, true);
    }

    private static String escape(String text, int limit, boolean keepLineBreaks) {
        if (text == null) {
            return "";
        }
        if (text.length() <= limit && isPlain(text, keepLineBreaks)) {
            return text; // the common case costs one pass and no copy
        }
        StringBuilder whole = new StringBuilder(Math.min(text.length(), limit) + 16);
        int i = 0;
        while (i < text.length() && whole.length() <= limit) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            whole.append(shown(c, keepLineBreaks));
        }
        if (i >= text.length() && whole.length() <= limit) {
            return whole.toString();
        }
        // Too long: keep its start and its end, which for a file name are its folder and its extension.
        StringBuilder head = new StringBuilder(limit / 2 + 16);
        for (int j = 0; j < text.length(); ) {
            int c = text.codePointAt(j);
            String piece = shown(c, keepLineBreaks);
            if (head.length() + piece.length() > limit / 2) {
                break;
            }
            head.append(piece);
            j += Character.charCount(c);
        }
        java.util.ArrayDeque<String> tail = new java.util.ArrayDeque<>();
        int room = limit - head.length() - ELLIPSIS.length();
        for (int j = text.length(); j > 0; ) {
            int c = text.codePointBefore(j);
            String piece = shown(c, keepLineBreaks);
            if (piece.length() > room) {
                break;
            }
            room -= piece.length();
            tail.addFirst(piece);
            j -= Character.charCount(c);
        }
        return head.append(ELLIPSIS).append(String.join("", tail)).toString();
    }

    private static String shown(int c, boolean keepLineBreaks) {
        if (keepLineBreaks && (c == '\n' || c == '\t') || !needsEscape(c)) {
            return new String(Character.toChars(c));
        }
        return escapeOf(c);
    }

    private static boolean isPlain(String text, boolean keepLineBreaks) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (needsEscape(c) && !(keepLineBreaks && (c == '\n' || c == '\t'))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * C0 and C1 controls and DEL (terminal commands), the line and paragraph separators, the bidirectional controls
     * (they reorder the rest of the line on screen) and lone surrogates (not text at all).
     */
    private static boolean needsEscape(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C
                || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c <= 0xFFFF && Character.isSurrogate((char) c);
    }

    private static String escapeOf(int c) {
        return switch (c) {
            case 0x1B -> "\\e";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0 -> "\\0";
            default -> c <= 0xFF ? String.format("\\x%02X", c) : String.format("\\u%04X", c);
        };
    }
}
