package org.projectnexus.gui.search;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.concurrency.LatestOnly;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SwitcherMatch;

/**
 * The quick switcher: entries matching what is typed, recent ones first. When nothing matches, choosing creates
 * an entry with the typed title. Only the latest text is matched: keys typed during a match replace each other.
 */
public final class QuickSwitcherViewModel {

    private static final int SHOWN = 20;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<SwitcherMatch> matches = FXCollections.observableArrayList();
    private final LatestOnly<List<SwitcherMatch>> matching;

    public QuickSwitcherViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor lane, Supplier<List<UUID>> recent) {
        this.matching = new LatestOnly<>(lane, "quick switcher", () -> {
            String typed = text.get() == null ? "" : text.get();
            List<UUID> recentIds = List.copyOf(recent.get());
            return () -> knowledgeBase.finding().quickSwitch(typed, recentIds, SHOWN);
        }, matches::setAll, failure -> matches.clear());
        text.addListener((property, old, typed) -> refresh());
    }

    /** Matches the current text (again): the switcher calls it each time it opens. */
    public void refresh() {
        matching.request();
    }

    /** Whether the matches shown are those of the text as it is now. */
    public boolean upToDate() {
        return matching.settled();
    }

    /** The title a new entry would get: the typed text, trimmed. */
    public String newTitle() {
        return text.get() == null ? "" : text.get().strip();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<SwitcherMatch> matches() {
        return matches;
    }
}
