package org.projectnexus.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "Seen this before?" (issue 26): the challenges and notes most like a problem being written, by Lucene's
 * {@link MoreLikeThis} over the search index Nexus keeps anyway. The text's most telling words (frequent in it, rare
 * in the index) become one query over titles and texts, so no second index or model is needed (ADR 37).
 */
public final class SimilarEntries {

    /** One entry like the text, with its score (Lucene's, comparable only within one answer). */
    public record Match(UUID id, float score) {
    }

    /** The most telling words of the text that become the query: more slows it, fewer misses a paraphrase. */
    static final int QUERY_WORDS = 25;

    /** How much a title's words count against a text's (see {@link #find}). */
    static final float TITLE_WEIGHT = 0.5f;

    /**
     * Words that say nothing about which problem this is. The index keeps every word (identifiers like {@code it} or
     * {@code go} are searched for), so they are left out here: Lucene's short English list, and the particles and
     * adverbs a problem statement is full of ("out", "while", "after"), which once outranked a true duplicate.
     */
    static final Set<String> FUNCTION_WORDS = functionWords();

    private static Set<String> functionWords() {
        Set<String> words = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> words.add(new String((char[]) word)));
        words.addAll(List.of("about", "after", "again", "all", "also", "any", "because", "been", "before", "being",
                "can", "cannot", "could", "did", "does", "doing", "down", "each", "every", "from", "had", "has",
                "have", "how", "just", "more", "most", "now", "off", "once", "only", "our", "out", "over", "same",
                "since", "some", "than", "too", "under", "until", "very", "was", "were", "what", "when", "whenever",
                "where", "which", "while", "who", "why", "would", "you", "your", "its", "get", "gets", "got"));
        return Set.copyOf(words);
    }

    private SimilarEntries() {
    }

    static List<Match> find(IndexSearcher searcher, Analyzer analyzer, String text, UUID excluded, int limit)
            throws IOException {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setAnalyzer(analyzer);
        // A problem is a few lines: a word said once is still a clue, and a word in one other entry the best one.
        like.setMinTermFreq(1);
        like.setMinDocFreq(1);
        like.setMinWordLen(3);
        like.setMaxQueryTerms(QUERY_WORDS);
        like.setBoost(true);
        like.setStopWords(FUNCTION_WORDS);
        // A problem is compared with problems first: a short title that shares one word with it would otherwise
        // outrank a problem that shares five (BM25 favours short fields), so titles count for half.
        like.setFieldNames(new String[] {SearchDocuments.TEXT});
        Query inTexts = like.like(SearchDocuments.TEXT, new StringReader(text));
        like.setFieldNames(new String[] {SearchDocuments.TITLE});
        Query inTitles = like.like(SearchDocuments.TITLE, new StringReader(text));
        Query words = new BooleanQuery.Builder().add(inTexts, Occur.SHOULD)
                .add(new BoostQuery(inTitles, TITLE_WEIGHT), Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
        query.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchDocuments.KIND, "challenge")), Occur.SHOULD)
                .add(new TermQuery(new Term(SearchDocuments.KIND, "note")), Occur.SHOULD).build(), Occur.FILTER);
        if (excluded != null) {
            query.add(new TermQuery(new Term(SearchDocuments.ID, excluded.toString())), Occur.MUST_NOT);
        }
        TopDocs top = searcher.search(query.build(), limit);
        List<Match> matches = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            String id = searcher.storedFields().document(hit.doc).get(SearchDocuments.ID);
            matches.add(new Match(UUID.fromString(id), hit.score));
        }
        return matches;
    }
}
