package org.projectnexus.gui.trash;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.TrashedEntry;

/** The trash: deleted entries, restoring one (links work again), and emptying it for good. */
public final class TrashViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final ObservableList<TrashedEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TrashViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
    }

    public void reload() {
        background.run("list trash", knowledgeBase.safety()::trash, found -> {
            entries.setAll(found);
            message.set(found.isEmpty() ? "The trash is empty." : "");
        }, failure -> message.set(UserMessages.of(failure)));
    }

    /** Restores the entry; {@code restored} gets it as stored again. */
    public void restore(TrashedEntry trashed, Consumer<Entry> restored) {
        background.run("restore from trash", () -> knowledgeBase.safety().restoreFromTrash(trashed.id()), entry -> {
            reload();
            message.set("Restored “" + entry.title() + "”.");
            restored.accept(entry);
        }, failure -> message.set(UserMessages.of(failure)));
    }

    /** Deletes everything in the trash for good (the view asks first). */
    public void empty() {
        background.run("empty trash", knowledgeBase.safety()::emptyTrash, count -> {
            reload();
            message.set(count + " entries deleted for good.");
        }, failure -> message.set(UserMessages.of(failure)));
    }

    public ObservableList<TrashedEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
