package org.projectnexus.gui.history;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.history.EntryText;
import org.projectnexus.logic.history.LineDiff;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Revision;

/** The history of one entry: its kept versions, the chosen one compared with the current text, and restoring it. */
public final class HistoryViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Entry> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> message = new ReadOnlyObjectWrapper<>("");

    public HistoryViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
    }

    /** Loads the history of the entry as it is stored now. */
    public void show(Entry entry) {
        current.set(entry);
        diff.clear();
        background.run("load history", () -> knowledgeBase.safety().history(entry.id()), found -> {
            revisions.setAll(found);
            message.set(found.isEmpty() ? "“" + entry.title() + "” has no earlier versions yet." : "");
        }, failure -> message.set(UserMessages.of(failure)));
    }

    /** Compares the chosen version with the current text. */
    public void choose(Revision revision) {
        if (revision == null || current.get() == null) {
            diff.clear();
            return;
        }
        List<LineDiff.Line> lines = EntryText.diff(revision.entry(), current.get());
        diff.setAll(lines);
    }

    /** Brings the version back as a new one; {@code restored} gets the entry as now stored. */
    public void restore(Revision revision, Consumer<Entry> restored) {
        Entry entry = current.get();
        background.run("restore version", () -> knowledgeBase.safety().restoreRevision(entry, revision), stored -> {
            message.set("Version " + revision.version() + " restored as version " + stored.version() + ".");
            restored.accept(stored);
            show(stored);
        }, failure -> message.set(UserMessages.of(failure)));
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public ObservableList<LineDiff.Line> diff() {
        return diff;
    }

    public ReadOnlyObjectProperty<Entry> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
