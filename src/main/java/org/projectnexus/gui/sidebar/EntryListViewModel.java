package org.projectnexus.gui.sidebar;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.projectnexus.gui.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;

/**
 * The entries of the sidebar: all of them, most recently updated first, narrowed by the filter text.
 * Loading happens in the background; the list is replaced on the FX thread.
 */
public final class EntryListViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final ObservableList<EntrySummary> all = FXCollections.observableArrayList();
    private final FilteredList<EntrySummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");

    public EntryListViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        filter.addListener((property, old, text) -> shown.setPredicate(matching(text)));
    }

    /** Reloads the list from the knowledge base, then runs {@code then}. */
    public void reload(Runnable then) {
        background.run("list entries", knowledgeBase::summaries, summaries -> {
            all.setAll(summaries);
            then.run();
        }, failure -> then.run());
    }

    public ObservableList<EntrySummary> shownEntries() {
        return shown;
    }

    public List<EntrySummary> shown(EntryKind kind) {
        return shown.stream().filter(entry -> entry.kind() == kind).toList();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    private static Predicate<EntrySummary> matching(String text) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return entry -> true;
        }
        String[] parts = words.split("\\s+");
        return entry -> {
            String title = entry.title().toLowerCase(Locale.ROOT);
            for (String part : parts) {
                if (!title.contains(part)) {
                    return false;
                }
            }
            return true;
        };
    }
}
