package org.projectnexus.logic;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.projectnexus.logic.search.QuickSwitcher;
import org.projectnexus.logic.search.SearchIndex;
import org.projectnexus.logic.search.SimilarEntries;
import org.projectnexus.model.Entry;
import org.projectnexus.model.SimilarEntry;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.SearchResults;
import org.projectnexus.model.SwitcherMatch;

/**
 * Finding entries: the full-text search and the quick switcher. Both follow the change events of the knowledge base;
 * after a restore, which replaces everything, they start over.
 */
public final class Finding {

    private final SearchIndex search;
    private final QuickSwitcher switcher;
    /** Reads the entries the index names, for what the index does not store (a challenge's solution on its own). */
    private final Function<Collection<UUID>, List<Entry>> entries;

    Finding(SearchIndex search, QuickSwitcher switcher, Function<Collection<UUID>, List<Entry>> entries) {
        this.search = search;
        this.switcher = switcher;
        this.entries = entries;
    }

    /**
     * "Seen this before?": the past challenges and notes most like {@code text} (a problem being written), best
     * first, without {@code excluded} (the challenge it is written in; may be null). Blocks on the index and the
     * database: call it off the FX thread.
     */
    public List<SimilarEntry> similar(String text, UUID excluded, int limit) {
        List<SimilarEntries.Match> matches = search.similar(text, excluded, limit);
        Map<UUID, Entry> found = new HashMap<>();
        for (Entry entry : entries.apply(matches.stream().map(SimilarEntries.Match::id).toList())) {
            found.put(entry.id(), entry);
        }
        // An entry deleted since the index last caught up is left out rather than shown stale.
        return matches.stream().filter(match -> found.containsKey(match.id()))
                .map(match -> new SimilarEntry(found.get(match.id()), match.score())).toList();
    }

    /** Runs a query in Nexus's query language (see {@link org.projectnexus.logic.search.QueryLanguage}). */
    public SearchResults search(String query, int limit) {
        return search.search(query, limit);
    }

    /** Entries whose title or alias fuzzily matches {@code typed}, the {@code recent} ones first. */
    public List<SwitcherMatch> quickSwitch(String typed, List<UUID> recent, int limit) {
        return switcher.find(typed, recent, limit);
    }

    /**
     * Brings the search index in line with the database after a crash or on a new index, reporting
     * {@code (done, total)}; returns how many entries it fixed. Searches meanwhile may miss entries.
     */
    public int synchronizeSearch(BiConsumer<Integer, Integer> progress) {
        return search.synchronize(progress);
    }

    /** Whether the search index has every entry (false while it catches up after a start or a large import). */
    public boolean searchIndexComplete() {
        return search.complete();
    }

    /**
     * Closes the search index ahead of the rest: a synchronisation under way stops at its next batch. The window
     * calls it, then lets its indexing lane finish, before closing the knowledge base.
     */
    public void stopSearch() {
        search.close();
    }

    /** Follows a committed change (a subscriber of the knowledge base's change events). */
    void changed(ChangeEvent event) {
        if (event.reset()) {
            // Ids and versions in a restored backup may match the index's while the text differs: index everything.
            search.clear();
            switcher.reload();
            search.synchronize((done, total) -> { });
        } else if (event.touchesEntries()) {
            search.changed(event.ids());
            switcher.changed(event.ids());
        }
    }
}
