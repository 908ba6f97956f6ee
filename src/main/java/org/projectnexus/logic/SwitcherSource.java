package org.projectnexus.logic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.logic.search.QuickSwitcher;
import org.projectnexus.logic.store.EntryStore;

/** The quick switcher's view of the store: titles and aliases, without bodies when loading everything. */
final class SwitcherSource implements QuickSwitcher.Source {

    private final EntryStore store;

    SwitcherSource(EntryStore store) {
        this.store = store;
    }

    @Override
    public List<QuickSwitcher.Candidate> all() {
        Map<UUID, List<String>> aliases = store.aliases();
        return store.summaries().stream().map(summary -> new QuickSwitcher.Candidate(summary.id(), summary.kind(),
                summary.title(), aliases.getOrDefault(summary.id(), List.of()))).toList();
    }

    @Override
    public List<QuickSwitcher.Candidate> load(Collection<UUID> ids) {
        return store.indexedByIds(ids).stream().map(indexed -> new QuickSwitcher.Candidate(
                indexed.entry().id(), indexed.entry().kind(), indexed.entry().title(), indexed.aliases())).toList();
    }
}
