package org.projectnexus.gui;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.projectnexus.gui.editor.EditorViewModel;
import org.projectnexus.gui.preview.PreviewViewModel;
import org.projectnexus.gui.sidebar.EntryListViewModel;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * The window's use cases: open, create and delete entries, following links, and what the status bar says.
 * It joins the sidebar, editor and preview view models; none of them knows the others.
 */
public final class MainViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final EntryListViewModel entryList;
    private final EditorViewModel editor;
    private final PreviewViewModel preview;
    private final org.projectnexus.gui.sidebar.TagBrowserViewModel tagBrowser;
    private final org.projectnexus.gui.backlinks.BacklinksViewModel backlinks;
    private final org.projectnexus.gui.graph.GraphViewModel graph;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.projectnexus.logic.links.TagRenaming> lastRenaming =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    /** Tags in use, for completion; refreshed in the background after each save. */
    private java.util.List<String> knownTags = java.util.List.of();

    public MainViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, BackgroundExecutor rendering) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        this.entryList = new EntryListViewModel(knowledgeBase, background);
        this.editor = new EditorViewModel(knowledgeBase, background);
        this.preview = new PreviewViewModel(knowledgeBase, rendering);
        this.tagBrowser = new org.projectnexus.gui.sidebar.TagBrowserViewModel(knowledgeBase, background);
        this.backlinks = new org.projectnexus.gui.backlinks.BacklinksViewModel(knowledgeBase, background);
        this.graph = new org.projectnexus.gui.graph.GraphViewModel(knowledgeBase, rendering);
        editor.storedProperty().addListener((property, old, entry) -> {
            if (entry == null || old == null || !old.id().equals(entry.id()) || !old.title().equals(entry.title())) {
                backlinks.show(entry);
            }
        });
        backlinks.setOnLinked(() -> entryList.reload(() -> { }));
        editor.currentProperty().addListener((property, old, entry) -> preview.show(entry));
        editor.setOnSaved(saved -> {
            entryList.reload(() -> { });
            refreshTags();
            tagBrowser.reload();
        });
    }

    private void refreshTags() {
        background.run("list tags", () -> knowledgeBase.tags().stream().map(tag -> tag.name()).toList(),
                tags -> knownTags = tags, failure -> { });
    }

    /** Entry titles for {@code [[} completion: those starting with the query first, then those containing it. */
    public java.util.List<String> completeTitles(String query) {
        return ranked(entryList.allTitles(), query);
    }

    /** Tags in use for {@code #} completion, ranked like titles. */
    public java.util.List<String> completeTags(String query) {
        return ranked(knownTags, query);
    }

    private static java.util.List<String> ranked(java.util.List<String> candidates, String query) {
        String wanted = query.toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> starting = new java.util.ArrayList<>();
        java.util.List<String> containing = new java.util.ArrayList<>();
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith(wanted)) {
                starting.add(candidate);
            } else if (lower.contains(wanted)) {
                containing.add(candidate);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    /** Loads the list, then opens the entry with this id if there is one, else the most recent. */
    public void start(Optional<UUID> lastOpen) {
        refreshTags();
        tagBrowser.reload();
        entryList.reload(() -> {
            Optional<UUID> toOpen = lastOpen.filter(id -> entryList.shownEntries().stream()
                    .anyMatch(entry -> entry.id().equals(id)));
            toOpen.or(() -> entryList.shownEntries().stream().findFirst().map(entry -> entry.id()))
                    .ifPresent(this::open);
        });
    }

    public void open(UUID id) {
        Entry open = editor.storedProperty().get();
        if (open != null && open.id().equals(id)) {
            return;
        }
        editor.save();
        background.run("open entry", () -> knowledgeBase.find(id),
                found -> found.ifPresentOrElse(editor::open, () -> tell("That entry no longer exists.")),
                this::fail);
    }

    /**
     * Opens the entry a {@code [[link]]} names (by title or alias), scrolled to the heading if one is given;
     * when there is none, {@code missing} is told the title (the window offers to create it).
     */
    public void openByTitle(String title, String heading, java.util.function.Consumer<String> missing) {
        editor.save();
        background.run("follow link", () -> knowledgeBase.findByTitle(title), found -> found.ifPresentOrElse(entry -> {
            if (!heading.isEmpty()) {
                preview.scrollToHeadingOnce(org.projectnexus.logic.markdown.MarkdownRenderer.headingId(heading));
            }
            Entry open = editor.storedProperty().get();
            if (open != null && open.id().equals(entry.id())) {
                preview.show(editor.currentProperty().get());
            } else {
                editor.open(entry);
            }
        }, () -> missing.accept(title)), this::fail);
    }

    /** Creates a note with this title (from a link to an entry that did not exist yet) and opens it. */
    public void createTitled(String title) {
        editor.save();
        background.run("create entry", () -> knowledgeBase.add(knowledgeBase.draft(EntryKind.NOTE, title)),
                created -> entryList.reload(() -> editor.open(created)), this::fail);
    }

    /** Creates an empty entry of the kind with a free "Untitled" title and opens it. */
    public void create(EntryKind kind) {
        editor.save();
        background.run("create entry", () -> knowledgeBase.add(
                        knowledgeBase.draft(kind, knowledgeBase.unusedTitle("Untitled " + kind.displayName().toLowerCase()))),
                created -> entryList.reload(() -> editor.open(created)), this::fail);
    }

    /** Deletes the open entry (the view asks for confirmation first) and opens the most recent one left. */
    public void deleteOpenEntry() {
        Entry open = editor.storedProperty().get();
        if (open == null) {
            return;
        }
        editor.open(null);
        background.run("delete entry", () -> {
            knowledgeBase.delete(open.id());
            return open;
        }, deleted -> entryList.reload(() -> {
            tell("Deleted “" + deleted.title() + "”.");
            entryList.shownEntries().stream().findFirst().ifPresent(entry -> open(entry.id()));
        }), this::fail);
    }

    public void saveNow() {
        editor.save();
    }

    /** The window is closing: the last save is queued and nothing more starts. */
    public void close() {
        editor.close();
    }

    private void tell(String message) {
        notice.set(message);
    }

    private void fail(Throwable failure) {
        tell(UserMessages.of(failure));
    }

    /** The status bar's text: the save state of the open entry, or the latest notice. */
    public StringBinding statusText() {
        return Bindings.createStringBinding(() -> switch (editor.saveStateProperty().get()) {
            case NOTHING_OPEN -> notice.get().isEmpty() ? "No entry open" : notice.get();
            case SAVED -> notice.get().isEmpty() ? "Saved" : "Saved · " + notice.get();
            case UNSAVED -> "Unsaved changes";
            case SAVING -> "Saving…";
            case FAILED -> "Not saved: " + editor.saveErrorProperty().get();
        }, editor.saveStateProperty(), editor.saveErrorProperty(), notice);
    }

    public void clearNotice() {
        notice.set("");
    }

    /** Renames (or merges) a tag everywhere, then shows the open entry as it is stored now. */
    public void renameTag(org.projectnexus.model.Tag from, org.projectnexus.model.Tag to) {
        editor.save();
        tagBrowser.rename(from, to, renaming -> {
            tell("Renamed #" + from.name() + " to #" + to.name() + " in " + renaming.changed() + " entries.");
            lastRenaming.set(renaming.changed() > 0 ? renaming : null);
            if (from.equals(entryList.tagProperty().get())) {
                entryList.filterByTag(to); // the list was showing the tag that was just renamed: follow it
            }
            afterBulkChange();
        }, this::fail);
    }

    /** Undoes the last tag rename through history (entries edited since keep their edits). */
    public void undoTagRename() {
        org.projectnexus.logic.links.TagRenaming renaming = lastRenaming.get();
        if (renaming == null) {
            return;
        }
        editor.save();
        lastRenaming.set(null);
        background.run("undo tag rename", () -> knowledgeBase.undo(renaming), restored -> {
            tell("Undid the rename of #" + renaming.from().name() + ": " + restored + " entries restored.");
            if (renaming.to().equals(entryList.tagProperty().get())) {
                entryList.filterByTag(renaming.from());
            }
            tagBrowser.reload();
            afterBulkChange();
        }, this::fail);
    }

    /** The last tag rename, while it can be undone; null otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.projectnexus.logic.links.TagRenaming> lastRenamingProperty() {
        return lastRenaming.getReadOnlyProperty();
    }

    private void afterBulkChange() {
        entryList.reload(() -> { });
        refreshTags();
        reopenCurrent();
    }

    private void reopenCurrent() {
        Entry open = editor.storedProperty().get();
        if (open != null) {
            background.run("reopen entry", () -> knowledgeBase.find(open.id()),
                    found -> found.filter(entry -> entry.version() != open.version()).ifPresent(editor::open), this::fail);
        }
    }

    public org.projectnexus.gui.sidebar.TagBrowserViewModel tagBrowser() {
        return tagBrowser;
    }

    public org.projectnexus.gui.backlinks.BacklinksViewModel backlinks() {
        return backlinks;
    }

    public org.projectnexus.gui.graph.GraphViewModel graph() {
        return graph;
    }

    /** Points the links to {@code from} in one entry at {@code to}, then runs {@code then}. */
    public void relink(UUID sourceId, String from, String to, Runnable then) {
        editor.save();
        background.run("fix link", () -> knowledgeBase.relink(sourceId, from, to), stored -> {
            tell("Links to “" + from + "” in “" + stored.title() + "” now point at “" + to + "”.");
            afterBulkChange();
            then.run();
        }, this::fail);
    }

    /** The link-integrity check, run in the background. */
    public void check(java.util.function.Consumer<java.util.List<org.projectnexus.model.Finding>> found) {
        background.run("check links", knowledgeBase::check, found, this::fail);
    }

    public EntryListViewModel entryList() {
        return entryList;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public PreviewViewModel preview() {
        return preview;
    }
}
