package org.projectnexus.logic.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.projectnexus.model.EntryKind;

/** Counts every matching entry by kind and by tag (a nested tag also counts for its parents), and in all. */
final class Facets extends SimpleCollector {

    private final Map<EntryKind, Integer> kinds = new EnumMap<>(EntryKind.class);
    private final Map<String, Integer> tags = new HashMap<>();
    private int total;
    private SortedDocValues kindValues;
    private SortedSetDocValues tagValues;
    private int[] kindCounts = new int[0];
    private int[] tagCounts = new int[0];

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        kindValues = DocValues.getSorted(context.reader(), SearchDocuments.KIND);
        tagValues = DocValues.getSortedSet(context.reader(), SearchDocuments.TAG);
        kindCounts = new int[kindValues.getValueCount()];
        tagCounts = new int[(int) tagValues.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        if (kindValues.advanceExact(doc)) {
            kindCounts[kindValues.ordValue()]++;
        }
        if (tagValues.advanceExact(doc)) {
            for (int i = 0; i < tagValues.docValueCount(); i++) {
                tagCounts[(int) tagValues.nextOrd()]++;
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    Map<EntryKind, Integer> kinds() throws IOException {
        flush();
        return kinds;
    }

    Map<String, Integer> tags() throws IOException {
        flush();
        return tags;
    }

    int total() {
        return total;
    }

    /** Turns the current segment's counts by ordinal into counts by name. */
    private void flush() throws IOException {
        for (int ord = 0; ord < kindCounts.length; ord++) {
            if (kindCounts[ord] > 0) {
                EntryKind kind = EntryKind.valueOf(kindValues.lookupOrd(ord).utf8ToString().toUpperCase(Locale.ROOT));
                kinds.merge(kind, kindCounts[ord], Integer::sum);
            }
        }
        for (int ord = 0; ord < tagCounts.length; ord++) {
            if (tagCounts[ord] > 0) {
                tags.merge(tagValues.lookupOrd(ord).utf8ToString(), tagCounts[ord], Integer::sum);
            }
        }
        kindCounts = new int[0];
        tagCounts = new int[0];
    }
}
