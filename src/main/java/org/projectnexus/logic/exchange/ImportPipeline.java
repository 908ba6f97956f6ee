package org.projectnexus.logic.exchange;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;

/**
 * Runs an import on two threads: a reader thread reads the entries and works out their tags, links and aliases
 * (parsing Markdown), a batch at a time, while the calling thread writes the batch before (the database). At most
 * {@value #AHEAD} batches wait between them ({@link ReadAhead}), so memory stays bounded however large the import.
 */
public final class ImportPipeline {

    static final int AHEAD = 2;

    private final Function<Entry, IndexedEntry> indexer;

    /** {@code indexer} must give what the store's own indexer gives (the knowledge base's). */
    public ImportPipeline(Function<Entry, IndexedEntry> indexer) {
        this.indexer = indexer;
    }

    /** Reads {@code reading} on a thread of its own and hands each indexed batch to {@code writer} on this one. */
    public void run(ImportSources.Reading reading, Consumer<List<ImportCandidate>> writer) {
        ReadAhead.<List<ImportCandidate>>run("nexus-import-reader", AHEAD, batches -> reading.read(batch ->
                batches.accept(batch.parallelStream().map(candidate -> candidate.indexed() != null ? candidate
                        : candidate.withIndex(indexer.apply(candidate.entry()))).toList())), writer,
                "The import was interrupted; nothing was imported.");
    }
}
