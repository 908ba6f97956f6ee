package org.projectnexus.gui.search;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.navigation.NavigationViewModel;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;

/**
 * Finding things in the window: the search panel, the quick switcher, back/forward, and the search index kept
 * up to date on its own lane (a rebuild of 100,000 entries takes a while; saves and searches go on meanwhile).
 */
public final class SearchFeatures {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor indexing;
    private final SearchViewModel search;
    private final QuickSwitcherViewModel switcher;
    private final NavigationViewModel navigation;

    public SearchFeatures(KnowledgeBase knowledgeBase, BackgroundExecutor background, BackgroundExecutor indexing,
                          ObservableValue<Entry> opened, Consumer<UUID> open) {
        this.knowledgeBase = knowledgeBase;
        this.indexing = indexing;
        this.navigation = new NavigationViewModel(opened, open);
        this.search = new SearchViewModel(knowledgeBase, background);
        this.switcher = new QuickSwitcherViewModel(knowledgeBase, background, navigation::recentIds);
        // A save or a delete can change what a shown search finds (titles, snippets): ask again.
        opened.addListener((property, old, entry) -> {
            if (!search.queryProperty().get().isBlank()) {
                search.search();
            }
        });
    }

    /**
     * Brings the search index up to date (after a crash, or the first time) with progress in the panel, then
     * loads the quick switcher's catalogue so that its first use is instant.
     */
    public void startIndexing() {
        search.indexing(indexing.run("update search index", progress -> {
            int fixed = knowledgeBase.finding().synchronizeSearch(
                    (done, total) -> progress.update("Indexing entries", done, total));
            knowledgeBase.finding().quickSwitch("", java.util.List.of(), 1);
            return fixed;
        }, fixed -> search.indexingDone(), failure -> search.indexingDone()));
    }

    public SearchViewModel search() {
        return search;
    }

    public QuickSwitcherViewModel switcher() {
        return switcher;
    }

    public NavigationViewModel navigation() {
        return navigation;
    }
}
