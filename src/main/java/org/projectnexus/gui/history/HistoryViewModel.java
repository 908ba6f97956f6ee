package org.projectnexus.gui.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.projectnexus.logic.history.VersionChange;
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
    /** For a team entry: who changed it last, as the team hub knows it (empty otherwise). */
    private final ReadOnlyObjectWrapper<String> changedBy = new ReadOnlyObjectWrapper<>("");
    /** Each listed version's change against the one before it, by version number. */
    private final Map<Long, VersionChange> changes = new HashMap<>();

    public HistoryViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
    }

    /** Loads the history of the entry as it is stored now. */
    public void show(Entry entry) {
        current.set(entry);
        diff.clear();
        background.run("load history", () -> {
            List<Revision> found = knowledgeBase.safety().history(entry.id());
            String by = knowledgeBase.teamHub().lastChangedBy(entry.id()).orElse("");
            return Map.entry(found, Map.entry(VersionChange.of(found), by));
        }, loaded -> {
            List<Revision> found = loaded.getKey();
            changes.clear();
            for (int i = 0; i < found.size(); i++) {
                changes.put(found.get(i).version(), loaded.getValue().getKey().get(i));
            }
            changedBy.set(loaded.getValue().getValue());
            revisions.setAll(found);
            message.set(found.isEmpty() ? "“" + entry.title() + "” has no earlier versions yet." : "");
        }, failure -> message.set(UserMessages.of(failure)));
    }

    /** Who changed the team entry last ("" for a personal entry). */
    public ReadOnlyObjectProperty<String> changedByProperty() {
        return changedBy.getReadOnlyProperty();
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

    /** What the version changed against the one kept before it ("+3 lines, −1 · title changed"). */
    public String summary(Revision revision) {
        VersionChange change = changes.get(revision.version());
        return change == null ? "" : change.describe();
    }

    /**
     * What restoring the version will do, for the question asked first: it comes back as a new version (so the
     * restore can be undone), and, when its title differs, the entry is renamed back, with the links to it.
     */
    public String restoreQuestion(Revision revision) {
        Entry entry = current.get();
        String question = "Bring back version " + revision.version() + "? The current text stays in the history,"
                + " so this can be undone.";
        if (entry != null && !revision.entry().title().equals(entry.title())) {
            question += "\n\nThis version has another title: the entry will be renamed from “" + entry.title()
                    + "” back to “" + revision.entry().title() + "”, and links to it will be updated.";
        }
        return question;
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
