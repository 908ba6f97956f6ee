package org.projectnexus.logic.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;

/** How an entry becomes a search document: which fields exist and what goes into each. */
final class SearchDocuments {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String CATEGORY = "category";
    /** The tag and every tag it is nested under, so {@code tag:backend} finds {@code #backend/caching}. */
    static final String TAG = "tag";
    static final String TITLE = "title";
    static final String ALIASES = "aliases";
    static final String TAG_WORDS = "tag_words";
    /** Body, problem and solution: what snippets are cut from. */
    static final String TEXT = "text";
    static final String CREATED = "created";
    static final String UPDATED = "updated";

    /**
     * Text that snippets are cut from: stored, with offsets in the postings so the highlighter finds the matches
     * without analysing the text again, which is faster per result (docs/performance/log/search.md).
     */
    private static final FieldType HIGHLIGHTED = highlighted();

    private SearchDocuments() {
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Document of(IndexedEntry indexed) {
        Entry entry = indexed.entry();
        Document document = new Document();
        document.add(new StringField(ID, entry.id().toString(), Field.Store.YES));
        document.add(new SortedDocValuesField(ID, new BytesRef(entry.id().toString())));
        document.add(new NumericDocValuesField(VERSION, entry.version()));
        String kind = entry.kind().name().toLowerCase(java.util.Locale.ROOT);
        document.add(new StringField(KIND, kind, Field.Store.YES));
        document.add(new SortedDocValuesField(KIND, new BytesRef(kind)));
        document.add(new Field(TITLE, entry.title(), HIGHLIGHTED));
        document.add(new TextField(ALIASES, String.join("\n", indexed.aliases()), Field.Store.NO));
        document.add(new Field(TEXT, text(entry), HIGHLIGHTED));
        StringBuilder tagWords = new StringBuilder();
        for (String tag : withParents(indexed.tags())) {
            document.add(new StringField(TAG, tag, Field.Store.NO));
            document.add(new SortedSetDocValuesField(TAG, new BytesRef(tag)));
            tagWords.append(tag).append('\n');
        }
        document.add(new TextField(TAG_WORDS, tagWords.toString(), Field.Store.NO));
        if (entry instanceof Challenge challenge) {
            document.add(new StringField(STATUS, challenge.status().name().toLowerCase(java.util.Locale.ROOT),
                    Field.Store.NO));
        }
        if (entry instanceof Takeaway takeaway && takeaway.category() != null) {
            document.add(new StringField(CATEGORY, takeaway.category().name().toLowerCase(java.util.Locale.ROOT),
                    Field.Store.NO));
        }
        long created = entry.meta().created().toEpochMilli();
        long updated = entry.meta().updated().toEpochMilli();
        document.add(new LongPoint(CREATED, created));
        document.add(new LongPoint(UPDATED, updated));
        document.add(new StoredField(UPDATED, updated));
        document.add(new NumericDocValuesField(UPDATED, updated));
        return document;
    }

    /** The searchable text of the entry apart from its title, as plain text: a challenge's problem and solution first. */
    static String text(Entry entry) {
        if (entry instanceof Challenge challenge) {
            return String.join("\n\n", PlainText.of(challenge.problem()), PlainText.of(challenge.solution()),
                    PlainText.of(challenge.body())).strip();
        }
        return PlainText.of(entry.body());
    }

    private static Set<String> withParents(Iterable<Tag> tags) {
        Set<String> names = new LinkedHashSet<>();
        for (Tag tag : tags) {
            String name = tag.name();
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                names.add(name.substring(0, slash));
            }
            names.add(name);
        }
        return names;
    }
}
