package org.projectnexus.gui.app;

import org.projectnexus.gui.editor.Completions;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.projectnexus.gui.backlinks.BacklinksViewModel;
import org.projectnexus.gui.editor.EditorViewModel;
import org.projectnexus.gui.learning.LearningPanelViewModel;
import org.projectnexus.gui.dashboard.DashboardViewModel;
import org.projectnexus.gui.review.ReviewMarkViewModel;
import org.projectnexus.gui.review.ReviewViewModel;
import org.projectnexus.gui.graph.GraphViewModel;
import org.projectnexus.gui.history.HistoryViewModel;
import org.projectnexus.gui.trash.TrashViewModel;
import org.projectnexus.gui.preview.PreviewViewModel;
import org.projectnexus.gui.search.SearchFeatures;
import org.projectnexus.gui.sidebar.EntryListViewModel;
import org.projectnexus.gui.sidebar.TagBrowserViewModel;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.links.TagRenaming;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Finding;
import org.projectnexus.model.Tag;

/**
 * The window's use cases: open, create and delete entries, following links, and what the status bar says.
 * It joins the sidebar, editor and preview view models; none of them knows the others.
 */
public final class MainViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final EntryListViewModel entryList;
    private final EditorViewModel editor;
    private final LearningPanelViewModel learning;
    private final ReviewViewModel review;
    private final ReviewMarkViewModel reviewMark;
    private final DashboardViewModel dashboard;
    private final PreviewViewModel preview;
    private final TagBrowserViewModel tagBrowser;
    private final BacklinksViewModel backlinks;
    private final GraphViewModel graph;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final TagRenames tagRenames;

    private final SearchFeatures finding;
    private final org.projectnexus.gui.attachments.AttachmentsViewModel attachments;
    private final EntryActions actions;

    /**
     * Database work goes to {@code background}, rendering to {@code rendering}, search-index upkeep to
     * {@code indexing}, the dashboard's figures to {@code figures}.
     */
    public MainViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, BackgroundExecutor rendering,
                         BackgroundExecutor indexing, BackgroundExecutor figures) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        this.entryList = new EntryListViewModel(knowledgeBase.entries(), knowledgeBase.connections(), background);
        this.editor = new EditorViewModel(knowledgeBase, background);
        this.learning = new LearningPanelViewModel(knowledgeBase.learning(), knowledgeBase.finding(), background,
                editor.storedProperty(), editor.problemProperty(), editor.bodyProperty());
        this.preview = new PreviewViewModel(knowledgeBase, rendering, this::tell);
        this.dashboard = new DashboardViewModel(knowledgeBase.learning(), figures, java.time.Clock.systemDefaultZone(),
                this::fail);
        this.review = new ReviewViewModel(knowledgeBase.learning(), knowledgeBase.entries(), knowledgeBase.rendering(),
                background, () -> preview.darkProperty().get(), this::fail);
        this.reviewMark = new ReviewMarkViewModel(knowledgeBase.learning(), background, editor.storedProperty(),
                this::tell, this::fail);
        this.tagBrowser = new TagBrowserViewModel(knowledgeBase.entries(), knowledgeBase.connections(), background);
        this.tagRenames = new TagRenames(knowledgeBase.connections(), background, editor, tagBrowser, entryList,
                this::tell, this::fail, this::afterBulkChange);
        this.backlinks = new BacklinksViewModel(knowledgeBase, background, rendering, this::tell);
        this.graph = new GraphViewModel(knowledgeBase, rendering, this::tell);
        this.finding = new SearchFeatures(knowledgeBase, background, indexing, editor.storedProperty(), this::open);
        this.attachments = new org.projectnexus.gui.attachments.AttachmentsViewModel(knowledgeBase, background,
                editor.storedProperty()::get, java.time.Clock.systemDefaultZone(), this::tell);
        this.actions = new EntryActions(knowledgeBase, background, editor, entryList, this::open, this::tell,
                this::fail);
        editor.storedProperty().addListener((property, old, entry) -> {
            if (entry == null || old == null || !old.id().equals(entry.id()) || !old.title().equals(entry.title())) {
                backlinks.show(entry);
            }
            if (entry == null || old == null || !old.id().equals(entry.id())) {
                tagBrowser.settle(); // the entry edited until now is done with: its tags count as saved
            }
        });
        editor.currentProperty().addListener((property, old, entry) -> preview.show(entry));
        editor.renamedProperty().addListener((property, old, report) -> {
            if (!report.isEmpty()) {
                tell(report);
            }
        });
        // The way back (ADR 33): each committed change patches the lists on the FX thread; nothing is read again.
        knowledgeBase.onChange(event -> background.onFxThread(() -> changed(event)));
    }

    private void changed(ChangeEvent event) {
        dashboard.invalidate(); // it counts entries, challenges' states and reviews
        if (!event.touchesEntries()) {
            return; // a review rated, or an entry marked for review: nothing in the lists changed
        }
        if (event.reset()) {
            reloadAll();
            return;
        }
        entryList.apply(event);
        Entry open = editor.storedProperty().get();
        tagBrowser.apply(event, open == null ? null : open.id());
        event.changes().stream().filter(change -> change.how().removes())
                .forEach(change -> finding.navigation().forget(change.id()));
    }

    /** Entry titles for {@code [[} completion: those starting with the query first, then those containing it. */
    public List<String> completeTitles(String query) {
        return Completions.ranked(entryList.allTitles(), query);
    }

    /** Tags in use for {@code #} completion, ranked like titles. */
    public List<String> completeTags(String query) {
        return Completions.ranked(tagBrowser.inUseProperty().get(), query);
    }

    /** Loads the list, then opens the entry with this id if there is one, else the most recent. */
    public void start(Optional<UUID> lastOpen) {
        start(lastOpen, count -> { });
    }

    /** As {@link #start(Optional)}, telling {@code listed} how many entries the list shows once it is loaded. */
    public void start(Optional<UUID> lastOpen, IntConsumer listed) {
        // The list first: the background lane runs one task at a time, and the list is what the window is missing.
        // The search index's check against the knowledge base (CPU-heavy on a large one) starts once it is shown.
        entryList.reload(() -> {
            listed.accept(entryList.shownEntries().size());
            finding.startIndexing();
            Optional<UUID> toOpen = lastOpen.filter(id -> entryList.shownEntries().stream()
                    .anyMatch(entry -> entry.id().equals(id)));
            toOpen.or(() -> entryList.shownEntries().stream().findFirst().map(entry -> entry.id()))
                    .ifPresent(this::open);
        });
        tagBrowser.reload();
    }

    /** Opens an entry found by a search, with the search's words marked in the preview. */
    public void openFound(UUID id, List<String> highlights) {
        preview.highlightOnce(highlights);
        Entry open = editor.storedProperty().get();
        if (open != null && open.id().equals(id)) {
            preview.show(editor.currentProperty().get());
        } else {
            open(id);
        }
    }

    public SearchFeatures finding() {
        return finding;
    }

    public void open(UUID id) {
        Entry open = editor.storedProperty().get();
        if (open != null && open.id().equals(id)) {
            return;
        }
        editor.save();
        background.run("open entry", () -> knowledgeBase.entries().find(id),
                found -> found.ifPresentOrElse(editor::open, () -> tell("That entry no longer exists.")),
                this::fail);
    }

    /**
     * Opens the entry a {@code [[link]]} names (by title or alias), scrolled to the heading if one is given;
     * when there is none, {@code missing} is told the title (the window offers to create it).
     */
    public void openByTitle(String title, String heading, Consumer<String> missing) {
        editor.save();
        background.run("follow link", () -> knowledgeBase.entries().findByTitle(title),
                found -> found.ifPresentOrElse(entry -> {
            if (!heading.isEmpty()) {
                preview.scrollToHeadingOnce(MarkdownRenderer.headingId(heading));
            }
            Entry open = editor.storedProperty().get();
            if (open != null && open.id().equals(entry.id())) {
                preview.show(editor.currentProperty().get());
            } else {
                editor.open(entry);
            }
        }, () -> missing.accept(title)), this::fail);
    }

    /**
     * Ticks or unticks the {@code index}-th of the {@code shown} tasks of the preview in the open entry's text, as
     * if typed in the editor (so it is saved, and can be undone there).
     */
    public void toggleTask(int index, int shown) {
        Entry open = editor.currentProperty().get();
        if (open == null) {
            return;
        }
        org.projectnexus.logic.markdown.TaskToggles.toggle(open, index, shown).ifPresentOrElse(editor::edit,
                () -> tell("That task could not be found in the text; tick it in the editor."));
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

    /** Shows a message in the status bar (backups, restores). */
    public void tellUser(String message) {
        tell(message);
    }

    /** After a backup was restored: everything read before is stale, so the window starts over. */
    private void reloadAll() {
        editor.open(null);
        tagBrowser.reload();
        entryList.reload(() -> entryList.shownEntries().stream().findFirst().ifPresent(entry -> open(entry.id())));
    }

    /** An entry came back (from the trash or from its history): the list shows it already, the editor opens it. */
    public void showRestored(Entry restored) {
        Entry open = editor.storedProperty().get();
        if (open != null && open.id().equals(restored.id())) {
            editor.open(restored);
        } else {
            open(restored.id());
        }
    }

    public void clearNotice() {
        notice.set("");
    }

    /** Renames (or merges) a tag everywhere, then shows the open entry as it is stored now. */
    public void renameTag(Tag from, Tag to) {
        tagRenames.rename(from, to);
    }

    /** Undoes the last tag rename through history (entries edited since keep their edits). */
    public void undoTagRename() {
        tagRenames.undo();
    }

    /** The last tag rename, while it can be undone; null otherwise. */
    public ReadOnlyObjectProperty<TagRenaming> lastRenamingProperty() {
        return tagRenames.lastProperty();
    }

    /** The lists follow the change event; the open entry, if the change rewrote it, is shown as stored now. */
    private void afterBulkChange() {
        Entry open = editor.storedProperty().get();
        if (open != null) {
            background.run("reopen entry", () -> knowledgeBase.entries().find(open.id()),
                    found -> found.filter(entry -> entry.version() != open.version()).ifPresent(editor::open), this::fail);
        }
    }

    /** Creating, deleting and recording entries. */
    public EntryActions actions() {
        return actions;
    }

    /** A fresh history view model for the history dialog. */
    public HistoryViewModel history() {
        return new HistoryViewModel(knowledgeBase, background);
    }

    /** A fresh trash view model for the trash dialog. */
    public TrashViewModel trash() {
        return new TrashViewModel(knowledgeBase, background);
    }

    public TagBrowserViewModel tagBrowser() {
        return tagBrowser;
    }

    public BacklinksViewModel backlinks() {
        return backlinks;
    }

    public GraphViewModel graph() {
        return graph;
    }

    /** Points the links to {@code from} in one entry at {@code to}, then runs {@code then}. */
    public void relink(UUID sourceId, String from, String to, Runnable then) {
        editor.save();
        background.run("fix link", () -> knowledgeBase.connections().relink(sourceId, from, to), stored -> {
            tell("Links to “" + from + "” in “" + stored.title() + "” now point at “" + to + "”.");
            afterBulkChange();
            then.run();
        }, this::fail);
    }

    /** The link-integrity check, run in the background. */
    public void check(Consumer<List<Finding>> found) {
        background.run("check links", knowledgeBase.connections()::check, found, this::fail);
    }

    public EntryListViewModel entryList() {
        return entryList;
    }

    public EditorViewModel editor() {
        return editor;
    }

    /** Images and files of the entries (issue 24). */
    public org.projectnexus.gui.attachments.AttachmentsViewModel attachments() {
        return attachments;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    /** The side panel of a challenge: its states, similar challenges, its takeaways (issue 26). */
    /** Review mode: what is due today, one at a time. */
    public ReviewViewModel review() {
        return review;
    }

    /** The learning dashboard's figures. */
    public DashboardViewModel dashboard() {
        return dashboard;
    }

    /** Whether the open entry is under review, and marking it. */
    public ReviewMarkViewModel reviewMark() {
        return reviewMark;
    }

    public LearningPanelViewModel learning() {
        return learning;
    }
}
