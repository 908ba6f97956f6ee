package org.projectnexus.logic.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fuzzy matching as in editors' quick switchers: the typed characters must appear in order; a match scores
 * higher when it is a whole substring, starts the text or a word, and runs unbroken. Case and accents are ignored.
 */
final class FuzzyMatch {

    static final int NO_MATCH = Integer.MIN_VALUE;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private FuzzyMatch() {
    }

    /** Lower case without accents: what both sides are compared as. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = lower.chars().allMatch(c -> c < 128);
        return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** A 64-bit set of the characters in the text: a candidate lacking one of the query's cannot match. */
    static long mask(String folded) {
        long mask = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != ' ') {
                mask |= 1L << (c % 64);
            }
        }
        return mask;
    }

    /** The score of {@code text} for {@code query} (both folded; the query without spaces), or {@link #NO_MATCH}. */
    static int score(String query, String text) {
        if (query.isEmpty()) {
            return 0;
        }
        int at = text.indexOf(query);
        if (at >= 0) {
            int score = 1000 - Math.min(text.length(), 200);
            if (at == 0) {
                score += 500;
            } else if (!Character.isLetterOrDigit(text.charAt(at - 1))) {
                score += 300;
            }
            return score + (text.length() == query.length() ? 500 : 0);
        }
        return subsequence(query, text);
    }

    private static int subsequence(String query, String text) {
        int score = 0;
        int q = 0;
        int previous = -2;
        for (int i = 0; i < text.length() && q < query.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && query.charAt(q) != ' ') {
                continue;
            }
            if (c == query.charAt(q)) {
                boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                score += 10 + (wordStart ? 30 : 0) + (previous == i - 1 ? 20 : 0);
                previous = i;
                q++;
            }
        }
        return q == query.length() ? score - Math.min(text.length(), 200) / 4 : NO_MATCH;
    }
}
