package org.projectnexus.gui.search;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SwitcherMatch;

/**
 * The quick switcher: entries matching what is typed, recent ones first. When nothing matches, choosing creates
 * an entry with the typed title. Only the latest text is matched: keys typed during a match replace each other.
 */
public final class QuickSwitcherViewModel {

    private static final int SHOWN = 20;

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor lane;
    private final Supplier<List<UUID>> recent;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<SwitcherMatch> matches = FXCollections.observableArrayList();
    private long asked;
    private long answered = -1;
    private boolean running;

    public QuickSwitcherViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor lane, Supplier<List<UUID>> recent) {
        this.knowledgeBase = knowledgeBase;
        this.lane = lane;
        this.recent = recent;
        text.addListener((property, old, typed) -> refresh());
    }

    /** Matches the current text (again): the switcher calls it each time it opens. */
    public void refresh() {
        asked++;
        if (!running) {
            runLatest();
        }
    }

    private void runLatest() {
        long question = asked;
        String typed = text.get() == null ? "" : text.get();
        List<UUID> recentIds = List.copyOf(recent.get());
        running = true;
        lane.run("quick switcher", () -> knowledgeBase.quickSwitch(typed, recentIds, SHOWN), found -> {
            running = false;
            if (question == asked) {
                answered = question;
                matches.setAll(found);
            } else {
                runLatest();
            }
        }, failure -> {
            running = false;
            if (question != asked) {
                runLatest();
            }
        });
    }

    /** Whether the matches shown are those of the text as it is now. */
    public boolean upToDate() {
        return answered == asked && !running;
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
