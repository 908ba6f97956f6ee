package org.projectnexus.logic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.logic.search.SearchIndex;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.IndexedEntry;

/** The search index's view of the store: versions to compare, entries (with their tags and aliases) to index. */
final class SearchSource implements SearchIndex.Source {

    private final EntryStore store;

    SearchSource(EntryStore store) {
        this.store = store;
    }

    @Override
    public Map<UUID, Long> versions() {
        return store.versions();
    }

    @Override
    public List<IndexedEntry> load(Collection<UUID> ids) {
        return store.indexedByIds(ids);
    }
}
