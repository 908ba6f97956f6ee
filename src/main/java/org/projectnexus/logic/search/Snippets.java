package org.projectnexus.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.projectnexus.model.SearchHit.Marked;

/**
 * The matching words of each hit, found by Lucene's unified highlighter and returned as marked runs of text
 * (not HTML): the best passages of the text, and the whole title. Of the passages Lucene finds best, those that
 * read as prose are preferred over rows of a table or lines of code (issue 25, point 4).
 */
final class Snippets {

    private static final int MAX_SNIPPET = 240;
    /** Passages shown in a snippet, chosen among {@link #CANDIDATES} that Lucene ranks best. */
    private static final int SHOWN = 2;
    private static final int CANDIDATES = 6;

    private Snippets() {
    }

    /** For each doc id, in order: {@code [title runs, snippet runs]}. */
    @SuppressWarnings("unchecked")
    static List<List<Marked>[]> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds)
            throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkedRuns())
                .withMaxLength(10_000)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(false)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(1));
        String[] fields = {SearchDocuments.TITLE, SearchDocuments.TEXT};
        Map<String, Object[]> found = highlighter.highlight(fields, query, docIds, new int[] {1, CANDIDATES});
        List<List<Marked>[]> result = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<Marked>[] runs = new List[2];
            runs[0] = runs(found.get(SearchDocuments.TITLE)[i]);
            runs[1] = shortened(runs(found.get(SearchDocuments.TEXT)[i]));
            result.add(runs);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Marked> runs(Object highlighted) {
        return highlighted == null ? List.of() : (List<Marked>) highlighted;
    }

    /** Keeps snippets short: runs after the limit are dropped, a long leading run is cut to its end. */
    private static List<Marked> shortened(List<Marked> runs) {
        List<Marked> kept = new ArrayList<>();
        int length = 0;
        for (Marked run : runs) {
            String text = run.text();
            if (!run.match() && kept.isEmpty() && text.length() > MAX_SNIPPET / 2) {
                text = "\u2026" + text.substring(text.length() - MAX_SNIPPET / 2).stripLeading();
            }
            if (length + text.length() > MAX_SNIPPET && !kept.isEmpty()) {
                kept.add(new Marked(run.match() ? text : text.substring(0, Math.max(0, MAX_SNIPPET - length)) + "\u2026",
                        run.match()));
                break;
            }
            kept.add(new Marked(text, run.match()));
            length += text.length();
        }
        return kept;
    }

    /** Exposes the highlighter's object API, which Lucene keeps protected. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] passages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, passages);
        }
    }

    /** Passages as runs; line breaks become spaces, passages are joined by an ellipsis. */
    private static final class MarkedRuns extends PassageFormatter {
        @Override
        public Object format(Passage[] found, String content) {
            Passage[] passages = prosePreferred(found, content);
            List<Marked> runs = new ArrayList<>();
            for (int p = 0; p < passages.length; p++) {
                Passage passage = passages[p];
                if (p > 0) {
                    runs.add(new Marked(" \u2026 ", false));
                }
                int at = passage.getStartOffset();
                int passageEnd = Math.min(content.length(), passage.getEndOffset());
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    // Matches may overlap (a word matched by two clauses): take each part once, in order.
                    int start = Math.max(at, passage.getMatchStarts()[m]);
                    int end = Math.min(passageEnd, passage.getMatchEnds()[m]);
                    if (end <= start) {
                        continue;
                    }
                    add(runs, content.substring(at, start), false);
                    add(runs, content.substring(start, end), true);
                    at = end;
                }
                add(runs, content.substring(Math.min(at, passageEnd), passageEnd), false);
            }
            return runs;
        }

        /** The {@link #SHOWN} passages that read most like prose (Lucene's order among equals), best first. */
        private static Passage[] prosePreferred(Passage[] found, String content) {
            if (found.length < 2) {
                return found;
            }
            List<Passage> ranked = new ArrayList<>(List.of(found));
            // Lucene hands them over in text order; its own ranking is by score, kept among passages as prose-like.
            ranked.sort(java.util.Comparator.comparingDouble((Passage passage) -> -prose(content.substring(
                    passage.getStartOffset(), Math.min(content.length(), passage.getEndOffset()))))
                    .thenComparing(passage -> -passage.getScore()));
            // The most prose-like first: a snippet is cut short, and what it must show is the sentence.
            return ranked.subList(0, Math.min(SHOWN, ranked.size())).toArray(new Passage[0]);
        }

        /**
         * How much a passage reads like prose, from 0 to 1: table rows (their pipes became runs of spaces) and
         * code (brackets, operators, semicolons) score low, sentences with words and full stops high.
         */
        static double prose(String text) {
            if (text.isBlank()) {
                return 0;
            }
            int letters = 0;
            int code = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                } else if ("{}()[];=<>$\\/_#`".indexOf(c) >= 0) {
                    code++;
                }
            }
            double score = (double) letters / text.length() - 4.0 * code / text.length();
            if (text.contains("   ") || text.contains("\t")) {
                score -= 0.4; // cells of a table row, or indented code
            }
            if (text.matches("(?s).*\\p{L}[.!?](\\s.*|$)")) {
                score += 0.2; // a sentence ends in it
            }
            return Math.max(0, Math.min(1, score));
        }

        private static void add(List<Marked> runs, String text, boolean match) {
            if (!text.isEmpty()) {
                runs.add(new Marked(text.replaceAll("\\s+", " "), match));
            }
        }
    }
}
