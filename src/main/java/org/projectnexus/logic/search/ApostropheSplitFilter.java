package org.projectnexus.logic.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits words at apostrophes ({@code l'été} → {@code l}, {@code été}; {@code don't} → {@code don}, {@code t}),
 * which Unicode word breaking keeps together, so that {@code été} finds {@code l'été}. Offsets stay exact, so
 * highlighting marks the right letters. Words without an apostrophe pass through untouched.
 */
final class ApostropheSplitFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<int[]> pending = new ArrayDeque<>();
    private char[] word = new char[0];
    private int wordStart;

    ApostropheSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            emit(pending.poll(), 1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        char[] buffer = term.buffer();
        int cut = -1;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\'' || buffer[i] == '\u2019') {
                cut = i;
                break;
            }
        }
        if (cut < 0) {
            return true;
        }
        word = java.util.Arrays.copyOf(buffer, length);
        wordStart = offset.startOffset();
        int increment = position.getPositionIncrement();
        int partStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || word[i] == '\'' || word[i] == '\u2019') {
                if (i > partStart) {
                    pending.add(new int[] {partStart, i});
                }
                partStart = i + 1;
            }
        }
        if (pending.isEmpty()) {
            return incrementToken();
        }
        emit(pending.poll(), increment);
        return true;
    }

    private void emit(int[] part, int increment) {
        term.copyBuffer(word, part[0], part[1] - part[0]);
        offset.setOffset(wordStart + part[0], wordStart + part[1]);
        position.setPositionIncrement(increment);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
