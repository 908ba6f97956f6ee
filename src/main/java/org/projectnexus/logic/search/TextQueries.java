package org.projectnexus.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Free-text queries over the text fields, each field weighted: the title most, then aliases, tags, then text. */
final class TextQueries {

    static final List<String> ALL_FIELDS = List.of(SearchDocuments.TITLE, SearchDocuments.ALIASES,
            SearchDocuments.TAG_WORDS, SearchDocuments.TEXT);
    private static final Map<String, Float> WEIGHTS = Map.of(SearchDocuments.TITLE, 8f,
            SearchDocuments.ALIASES, 5f, SearchDocuments.TAG_WORDS, 2f, SearchDocuments.TEXT, 1f);

    private final Analyzer analyzer;

    TextQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A word as typed; if the analyzer splits it ({@code e-mail}, {@code 東京}), its parts as a phrase. */
    Query words(String value, List<String> fields) {
        List<String> terms = terms(value);
        if (terms.size() > 1) {
            return phraseOf(terms, fields);
        }
        return terms.isEmpty() ? null : across(fields, field -> new TermQuery(new Term(field, terms.get(0))));
    }

    Query phrase(String value, List<String> fields) {
        List<String> terms = terms(value);
        return terms.isEmpty() ? null : phraseOf(terms, fields);
    }

    /** Every word starting with the prefix; the prefix is normalised like indexed words (case, accents). */
    Query prefix(String value, List<String> fields) {
        List<String> terms = terms(value);
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return across(fields, field -> new PrefixQuery(new Term(field, terms.get(0))));
        }
        // "event-dri*": the leading words exactly, the last as a prefix.
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(phraseOf(terms.subList(0, terms.size() - 1), fields), Occur.MUST);
        String last = terms.get(terms.size() - 1);
        all.add(across(fields, field -> new PrefixQuery(new Term(field, last))), Occur.MUST);
        return all.build();
    }

    private Query phraseOf(List<String> terms, List<String> fields) {
        if (terms.size() == 1) {
            return across(fields, field -> new TermQuery(new Term(field, terms.get(0))));
        }
        return across(fields, field -> new PhraseQuery(field, terms.toArray(String[]::new)));
    }

    private static Query across(List<String> fields, java.util.function.Function<String, Query> perField) {
        if (fields.size() == 1) {
            return perField.apply(fields.get(0));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : fields) {
            any.add(new BoostQuery(perField.apply(field), WEIGHTS.getOrDefault(field, 1f)), Occur.SHOULD);
        }
        return any.build();
    }

    private List<String> terms(String value) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchDocuments.TEXT, value)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return terms;
    }

}
