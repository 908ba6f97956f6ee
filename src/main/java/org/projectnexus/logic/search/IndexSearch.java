package org.projectnexus.logic.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SearchHit;
import org.projectnexus.model.SearchResults;

/** One query against one searcher: the best hits with snippets, and the counts by kind and tag of all hits. */
final class IndexSearch {

    private static final Sort NEWEST_FIRST = new Sort(new SortField(SearchDocuments.UPDATED, SortField.Type.LONG, true));

    private IndexSearch() {
    }

    static SearchResults run(IndexSearcher searcher, Analyzer analyzer, QueryLanguage.Parsed parsed, int limit,
                             boolean complete) throws IOException {
        int wanted = Math.max(1, limit);
        // Filters alone (kind:challenge status:open) have no relevance to rank by: newest first then.
        TopDocsCollector<?> top = parsed.highlights().isEmpty() && !hasTitleWords(parsed)
                ? TopFieldCollector.create(NEWEST_FIRST, wanted, Integer.MAX_VALUE)
                : TopScoreDocCollector.create(wanted, Integer.MAX_VALUE);
        Facets facets = new Facets();
        searcher.search(parsed.query(), MultiCollector.wrap(top, facets));
        ScoreDoc[] best = top.topDocs().scoreDocs;
        int[] docIds = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            docIds[i] = best[i].doc;
        }
        List<List<SearchHit.Marked>[]> marked = Snippets.of(searcher, analyzer, parsed.query(), docIds);
        List<SearchHit> hits = new ArrayList<>(best.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < best.length; i++) {
            Document document = stored.document(docIds[i]);
            String title = document.get(SearchDocuments.TITLE);
            List<SearchHit.Marked> titleRuns = marked.get(i)[0].isEmpty()
                    ? List.of(new SearchHit.Marked(title, false)) : marked.get(i)[0];
            hits.add(new SearchHit(UUID.fromString(document.get(SearchDocuments.ID)),
                    EntryKind.valueOf(document.get(SearchDocuments.KIND).toUpperCase(Locale.ROOT)), title,
                    Instant.ofEpochMilli(document.getField(SearchDocuments.UPDATED).numericValue().longValue()),
                    Float.isNaN(best[i].score) ? 0f : best[i].score, titleRuns, marked.get(i)[1]));
        }
        return new SearchResults(hits, facets.total(), facets.kinds(), facets.tags(), parsed.highlights(), complete);
    }

    private static boolean hasTitleWords(QueryLanguage.Parsed parsed) {
        if (!(parsed.query() instanceof BooleanQuery query)) {
            return true;
        }
        for (BooleanClause clause : query.clauses()) {
            if (clause.getOccur() == BooleanClause.Occur.MUST && !(clause.getQuery() instanceof MatchAllDocsQuery)) {
                return true;
            }
        }
        return false;
    }
}
