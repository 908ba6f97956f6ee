package org.projectnexus.gui.app;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.editor.EditorViewModel;
import org.projectnexus.gui.sidebar.EntryListViewModel;
import org.projectnexus.gui.sidebar.TagBrowserViewModel;
import org.projectnexus.logic.Connections;
import org.projectnexus.logic.links.TagRenaming;
import org.projectnexus.model.Tag;

/**
 * Renaming (or merging) a tag everywhere from the tag panel, and undoing the last rename through history: the status
 * bar says what happened, a list filtered by the old tag follows it, and the open entry is shown as stored after.
 */
final class TagRenames {

    private final ReadOnlyObjectWrapper<TagRenaming> last = new ReadOnlyObjectWrapper<>();
    private final Connections connections;
    private final BackgroundExecutor background;
    private final EditorViewModel editor;
    private final TagBrowserViewModel tagBrowser;
    private final EntryListViewModel entryList;
    private final Consumer<String> tell;
    private final Consumer<Throwable> fail;
    private final Runnable afterBulkChange;

    TagRenames(Connections connections, BackgroundExecutor background, EditorViewModel editor,
               TagBrowserViewModel tagBrowser, EntryListViewModel entryList, Consumer<String> tell,
               Consumer<Throwable> fail, Runnable afterBulkChange) {
        this.connections = connections;
        this.background = background;
        this.editor = editor;
        this.tagBrowser = tagBrowser;
        this.entryList = entryList;
        this.tell = tell;
        this.fail = fail;
        this.afterBulkChange = afterBulkChange;
    }

    void rename(Tag from, Tag to) {
        editor.save();
        tagBrowser.rename(from, to, renaming -> {
            tagBrowser.settle();
            tell.accept("Renamed #" + from.name() + " to #" + to.name() + " in " + renaming.changed() + " entries.");
            last.set(renaming.changed() > 0 ? renaming : null);
            if (from.equals(entryList.tagProperty().get())) {
                entryList.filterByTag(to); // the list was showing the tag that was just renamed: follow it
            }
            afterBulkChange.run();
        }, fail::accept);
    }

    void undo() {
        TagRenaming renaming = last.get();
        if (renaming == null) {
            return;
        }
        editor.save();
        last.set(null);
        background.run("undo tag rename", () -> connections.undo(renaming), restored -> {
            tagBrowser.settle();
            tell.accept("Undid the rename of #" + renaming.from().name() + ": " + restored + " entries restored.");
            if (renaming.to().equals(entryList.tagProperty().get())) {
                entryList.filterByTag(renaming.from());
            }
            afterBulkChange.run();
        }, fail::accept);
    }

    /** The last tag rename, while it can be undone; null otherwise. */
    ReadOnlyObjectProperty<TagRenaming> lastProperty() {
        return last.getReadOnlyProperty();
    }
}
