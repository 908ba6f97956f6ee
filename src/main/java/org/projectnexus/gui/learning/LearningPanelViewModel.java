package org.projectnexus.gui.learning;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.Learning;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.StateChange;

/**
 * What the learning panel beside a challenge shows (issue 26): the challenge's history of states, read again after
 * each save of the challenge (a save is what changes a state). Reads run on the background lane.
 */
public final class LearningPanelViewModel {

    private final Learning learning;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectProperty<Entry> open;
    private final ObservableList<StateChange> history = FXCollections.observableArrayList();
    /** Kept, not made per call: the wrapper listens weakly, so one nobody holds would stop telling its listeners. */
    private final ObservableList<StateChange> historyView = FXCollections.unmodifiableObservableList(history);

    /** {@code open} is the entry as last stored in the editor. */
    public LearningPanelViewModel(Learning learning, BackgroundExecutor background, ReadOnlyObjectProperty<Entry> open) {
        this.learning = learning;
        this.background = background;
        this.open = open;
        open.addListener((property, before, now) -> {
            boolean sameState = before instanceof Challenge was && now instanceof Challenge is
                    && was.id().equals(is.id()) && was.status() == is.status();
            if (!sameState) {
                readHistory(now);
            }
        });
        readHistory(open.get());
    }

    private void readHistory(Entry entry) {
        if (!(entry instanceof Challenge challenge)) {
            history.clear();
            return;
        }
        UUID id = challenge.id();
        background.run("state history of " + challenge.title(), () -> learning.stateHistory(id), read -> {
            if (open.get() != null && open.get().id().equals(id)) {
                history.setAll(read);
            }
        }, failure -> history.clear());
    }

    /** The open challenge's changes of state, oldest first; empty for other entries. */
    public ObservableList<StateChange> history() {
        return historyView;
    }

    /** Whether the panel has anything to show: only a challenge has it. */
    public ReadOnlyObjectProperty<Entry> openProperty() {
        return open;
    }
}
