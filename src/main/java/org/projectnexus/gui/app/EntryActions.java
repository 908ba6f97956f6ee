package org.projectnexus.gui.app;

import java.util.UUID;
import java.util.function.Consumer;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.editor.EditorViewModel;
import org.projectnexus.gui.sidebar.EntryListViewModel;
import org.projectnexus.logic.Entries;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * What the window does to whole entries: create one (empty, titled from a link, or a takeaway recorded from a
 * challenge) and open it, or move the open one to the trash. The open entry's pending edits are saved first; the
 * work runs on the database lane, and the lists follow the change events.
 */
public final class EntryActions {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final EditorViewModel editor;
    private final EntryListViewModel entryList;
    /** Opens an entry by id, as the window does. */
    private final Consumer<UUID> opener;
    private final Consumer<String> tell;
    private final Consumer<Throwable> fail;

    EntryActions(KnowledgeBase knowledgeBase, BackgroundExecutor background, EditorViewModel editor,
                 EntryListViewModel entryList, Consumer<UUID> opener, Consumer<String> tell, Consumer<Throwable> fail) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        this.editor = editor;
        this.entryList = entryList;
        this.opener = opener;
        this.tell = tell;
        this.fail = fail;
    }

    /** Creates a note with this title (from a link to an entry that did not exist yet) and opens it. */
    public void createTitled(String title) {
        editor.save();
        Entries entries = knowledgeBase.entries();
        background.run("create entry", () -> entries.add(entries.draft(EntryKind.NOTE, title)), editor::open,
                fail);
    }

    /** Creates an empty entry of the kind with a free "Untitled" title and opens it. */
    public void create(EntryKind kind) {
        editor.save();
        Entries entries = knowledgeBase.entries();
        background.run("create entry", () -> entries.add(
                        entries.draft(kind, entries.unusedTitle("Untitled " + kind.displayName().toLowerCase()))),
                editor::open, fail);
    }

    /**
     * "Record a takeaway" in a challenge (issue 26): a new takeaway, already learned from the open challenge (as
     * saved: its pending edits are saved first), opened in the editor.
     */
    public void recordTakeaway() {
        Entry open = editor.storedProperty().get();
        if (open == null || open.kind() != EntryKind.CHALLENGE) {
            return;
        }
        editor.save();
        background.run("record a takeaway", () -> knowledgeBase.learning().recordTakeaway(
                knowledgeBase.entries().find(open.id()).orElse(open)), editor::open, fail);
    }

    /** Deletes the open entry (the view asks for confirmation first) and opens the most recent one left. */
    public void deleteOpenEntry() {
        Entry open = editor.storedProperty().get();
        if (open == null) {
            return;
        }
        editor.open(null);
        background.run("delete entry", () -> {
            knowledgeBase.entries().delete(open.id());
            return open;
        }, deleted -> {
            tell.accept("Moved “" + deleted.title() + "” to the trash.");
            entryList.shownEntries().stream().findFirst().ifPresent(entry -> opener.accept(entry.id()));
        }, fail);
    }
}
