package org.projectnexus.logic.exchange;

/**
 * Halves of UTF-16 surrogate pairs that stand alone: not characters, yet a JSON file can spell one ({@code "\ud800"}).
 * No UTF-8 file can hold one, so a vault export could not write such a text, and the knowledge base keeps its texts
 * as UTF-8 (ADR 29): an import puts U+FFFD, the replacement character, in their place, and says so.
 */
final class LoneSurrogates {

    static final char REPLACEMENT = '\uFFFD';

    private LoneSurrogates() {
    }

    /** The text with each lone surrogate replaced by U+FFFD: the same instance when it has none; null stays null. */
    static String replaced(String text) {
        if (text == null) {
            return null;
        }
        int lone = nextLone(text, 0);
        if (lone < 0) {
            return text;
        }
        StringBuilder repaired = new StringBuilder(text.length());
        int from = 0;
        while (lone >= 0) {
            repaired.append(text, from, lone).append(REPLACEMENT);
            from = lone + 1;
            lone = nextLone(text, from);
        }
        return repaired.append(text, from, text.length()).toString();
    }

    /** Where the next lone surrogate at or after {@code from} is, or -1. */
    private static int nextLone(String text, int from) {
        for (int i = from, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a whole pair: one character
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
