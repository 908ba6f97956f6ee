package org.projectnexus.logic.exchange;

import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;

/**
 * An entry read from an import, with the file (or place in a file) it came from, for the report, and its tags,
 * links and aliases once worked out ({@code indexed}, null until then; see {@link ImportPipeline}).
 */
public record ImportCandidate(Entry entry, String source, IndexedEntry indexed) {

    public ImportCandidate(Entry entry, String source) {
        this(entry, source, null);
    }

    /** The same candidate with its index worked out. */
    ImportCandidate withIndex(IndexedEntry index) {
        return new ImportCandidate(entry, source, index);
    }

    /** The candidate as another entry (a new title or id): the index follows, as it does not depend on either. */
    ImportCandidate as(Entry changed) {
        return new ImportCandidate(changed, source, indexed == null ? null
                : new IndexedEntry(changed, indexed.tags(), indexed.links(), indexed.aliases()));
    }
}
