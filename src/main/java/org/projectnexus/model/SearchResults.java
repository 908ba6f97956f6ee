package org.projectnexus.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to a query: the best hits, how many entries matched in all, how many of those are of each kind and
 * carry each tag (nested tags counted under their parents too), the words to highlight in an opened entry, and
 * whether the index was complete (false while it is being rebuilt).
 */
public record SearchResults(List<SearchHit> hits, int total, Map<EntryKind, Integer> kinds,
                            Map<String, Integer> tags, List<String> highlights, boolean complete) {

    public SearchResults {
        hits = List.copyOf(hits);
        kinds = Map.copyOf(kinds);
        tags = Map.copyOf(tags);
        highlights = List.copyOf(highlights);
    }

    public static SearchResults empty() {
        return new SearchResults(List.of(), 0, Map.of(), Map.of(), List.of(), true);
    }
}
