package org.projectnexus.logic.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into its tokens: words, {@code "phrases"}, {@code field:value}, a leading {@code -} for
 * exclusion, a trailing {@code *} for a prefix, and {@code OR}. Lenient, because queries are typed live:
 * an unclosed quote runs to the end (its last word a prefix), a lone {@code -} or {@code *} is ignored.
 */
final class QueryTokens {

    record Token(String field, String value, boolean phrase, boolean prefix, boolean negated, boolean isOr) {
    }

    private QueryTokens() {
    }

    static List<Token> split(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = input.length();
        while (i < length) {
            if (Character.isWhitespace(input.charAt(i))) {
                i++;
                continue;
            }
            boolean negated = false;
            if (input.charAt(i) == '-' && i + 1 < length && !Character.isWhitespace(input.charAt(i + 1))) {
                negated = true;
                i++;
            }
            String field = null;
            int fieldEnd = fieldEnd(input, i);
            if (fieldEnd > i) {
                field = input.substring(i, fieldEnd);
                i = fieldEnd + 1;
            }
            if (i < length && input.charAt(i) == '"') {
                int close = input.indexOf('"', i + 1);
                int end = close < 0 ? length : close;
                // Still being typed: its last word may be unfinished, so it counts as a prefix.
                tokens.add(new Token(field, input.substring(i + 1, end), close >= 0, close < 0, negated, false));
                i = close < 0 ? length : close + 1;
                continue;
            }
            int end = i;
            while (end < length && !Character.isWhitespace(input.charAt(end))) {
                end++;
            }
            String word = input.substring(i, end);
            i = end;
            if (field == null && !negated && word.equals("OR")) {
                tokens.add(new Token(null, word, false, false, false, true));
                continue;
            }
            boolean prefix = word.endsWith("*");
            String value = prefix ? word.replaceAll("\\*+$", "") : word;
            if (!value.isEmpty() || field != null) {
                tokens.add(new Token(field, value, false, prefix && !value.isEmpty(), negated, false));
            }
        }
        return tokens;
    }

    /** Where a {@code field:} prefix ends (the colon), or {@code start} when the token has none. */
    private static int fieldEnd(String input, int start) {
        int i = start;
        while (i < input.length() && Character.isLetter(input.charAt(i))) {
            i++;
        }
        boolean isField = i > start && i < input.length() && input.charAt(i) == ':';
        return isField ? i : start;
    }
}
