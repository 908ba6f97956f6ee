package org.projectnexus.logic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.projectnexus.logic.search.SearchIndex;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;

/** The search index's view of the store: versions to compare, entries (with their tags and aliases) to index. */
final class SearchSource implements SearchIndex.Source {

    private final EntryStore store;
    private final Function<Entry, IndexedEntry> indexer;

    SearchSource(EntryStore store, Function<Entry, IndexedEntry> indexer) {
        this.store = store;
        this.indexer = indexer;
    }

    @Override
    public Map<UUID, Long> versions() {
        return store.versions();
    }

    @Override
    public List<IndexedEntry> load(Collection<UUID> ids) {
        return store.findAll(ids).stream().map(indexer).toList();
    }
}
