package org.projectnexus.gui.editor;

import javafx.animation.PauseTransition;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import java.util.function.LongSupplier;
import org.projectnexus.logic.Entries;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.DuplicateTitleException;
import org.projectnexus.model.InvalidTitleException;
import org.projectnexus.model.StaleEntryException;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/**
 * The open entry as editable properties, and its saving: autosave one second after typing stops, on demand,
 * and before another entry opens. Saves run in the background; the text stays in the editor whatever happens.
 * Saves are grouped in editing sessions (issue 25): the history keeps the text an entry had before each session,
 * not before each autosave. A session ends when another entry opens, the window closes, or typing pauses for
 * longer than {@link #SESSION_PAUSE}.
 */
public final class EditorViewModel {

    static final Duration AUTOSAVE_DELAY = Duration.seconds(1);
    static final Duration FIRST_RETRY_DELAY = Duration.seconds(5);
    private static final Duration LONGEST_RETRY_DELAY = Duration.seconds(60);
    /** A pause in typing this long ends an editing session: the next save keeps what was there as a version. */
    static final java.time.Duration SESSION_PAUSE = java.time.Duration.ofMinutes(3);

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);
    /** After a failed save: tries again, waiting twice as long each time (up to a minute), until one succeeds. */
    private final PauseTransition retry;
    private final Duration firstRetryDelay;
    private final ReadOnlyObjectWrapper<Integer> failedAttempts = new ReadOnlyObjectWrapper<>(0);

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty solution = new SimpleStringProperty("");
    private final ObjectProperty<ChallengeStatus> status = new SimpleObjectProperty<>(ChallengeStatus.OPEN);
    private final ObjectProperty<TakeawayCategory> category = new SimpleObjectProperty<>(TakeawayCategory.INSIGHT);

    /** The entry as last stored; empty when nothing is open. */
    private final ReadOnlyObjectWrapper<Entry> stored = new ReadOnlyObjectWrapper<>();
    /** The entry as it is in the editor now, saved or not: what the preview shows. */
    private final ReadOnlyObjectWrapper<Entry> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NOTHING_OPEN);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper renamed = new ReadOnlyStringWrapper("");
    /** Milliseconds of a clock, for telling how long typing paused (tests move it by hand). */
    private final LongSupplier millis;
    /** The version the open entry's editing session started from; its next save begins a new one if true. */
    private long sessionStart = Long.MAX_VALUE;
    private boolean sessionStarting = true;
    private long lastEdit = Long.MIN_VALUE;

    private boolean loading;
    private boolean saving;
    /** Edits made while a save was under way, saved as soon as it ends (even if another entry is open by then). */
    private Entry pending;

    public EditorViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this(knowledgeBase, background, FIRST_RETRY_DELAY);
    }

    /** With the wait before the first retry of a failed save (tests shorten it). */
    public EditorViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, Duration firstRetryDelay) {
        this(knowledgeBase, background, firstRetryDelay, System::currentTimeMillis);
    }

    /** With the clock that tells how long typing paused. */
    public EditorViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, Duration firstRetryDelay,
                           LongSupplier millis) {
        this.millis = millis;
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        this.firstRetryDelay = firstRetryDelay;
        this.retry = new PauseTransition(firstRetryDelay);
        retry.setOnFinished(event -> {
            if (saveState.get() == SaveState.FAILED) {
                save();
            }
        });
        autosave.setOnFinished(event -> save());
        // Change listeners, not invalidation ones: those fall silent after a change nobody read (one made while
        // an entry opens), so an edit with no view reading the fields would go unseen.
        for (javafx.beans.value.ObservableValue<?> field : List.of(title, body, problem, solution, status, category)) {
            field.addListener((property, old, now) -> edited());
        }
    }

    /** Shows the entry for editing; unsaved changes of the entry open until now are saved first. */
    public void open(Entry entry) {
        save();
        loading = true;
        try {
            autosave.stop();
            retry.stop();
            failedAttempts.set(0);
            sessionStarting = true;
            lastEdit = Long.MIN_VALUE;
            stored.set(entry);
            title.set(entry == null ? "" : entry.title());
            body.set(entry == null ? "" : entry.body());
            problem.set(entry instanceof Challenge c ? c.problem() : "");
            solution.set(entry instanceof Challenge c ? c.solution() : "");
            status.set(entry instanceof Challenge c ? c.status() : ChallengeStatus.OPEN);
            category.set(entry instanceof Takeaway t ? t.category() : TakeawayCategory.INSIGHT);
            current.set(entry);
            saveError.set("");
            saveState.set(entry == null ? SaveState.NOTHING_OPEN : SaveState.SAVED);
        } finally {
            loading = false;
        }
    }

    /** Saves now if there is anything unsaved; autosave calls this too. */
    public void save() {
        autosave.stop();
        Entry edited = current.get();
        if (edited == null || !hasUnsavedChanges()) {
            return;
        }
        if (saving) {
            pending = edited;
            return;
        }
        submit(edited);
    }

    private void submit(Entry edited) {
        saving = true;
        saveState.set(SaveState.SAVING);
        long session = sessionOf(edited);
        background.run("save " + edited.title(), () -> knowledgeBase.entries().save(edited, session), this::saved,
                this::saveFailed);
    }

    /**
     * The version the session of this save started from: the open entry's first save of a session starts one on
     * the version it replaces; the late save of an entry no longer open keeps a version, to be safe.
     */
    private long sessionOf(Entry edited) {
        Entry open = stored.get();
        if (open == null || !open.id().equals(edited.id())) {
            return Long.MAX_VALUE;
        }
        if (sessionStarting) {
            sessionStart = edited.version();
            sessionStarting = false;
        }
        return sessionStart;
    }

    /**
     * The window is closing: stops autosaving and queues the save of what is unsaved. If a save is under way,
     * its result will not come back to the FX thread any more, so the last edits are queued behind it, on the
     * version that save writes.
     */
    public void close() {
        autosave.stop();
        retry.stop();
        Entry edited = current.get();
        if (edited == null || !hasUnsavedChanges()) {
            return;
        }
        if (!saving) {
            submit(edited);
            return;
        }
        Entry latest = pending != null ? pending : edited;
        long session = sessionOf(latest);
        background.run("save on closing", () -> knowledgeBase.entries().save(knowledgeBase.entries().find(latest.id())
                        .filter(stored -> stored.version() == latest.version() + 1)
                        .map(stored -> latest.withMeta(stored.meta()))
                        .orElse(latest), session),
                this::saved, this::saveFailed);
    }

    /** Puts the texts of {@code edited} (the open entry, changed elsewhere: a task ticked in the preview) in the editor. */
    public void edit(Entry edited) {
        if (stored.get() == null || !stored.get().id().equals(edited.id())) {
            return;
        }
        body.set(edited.body());
        if (edited instanceof Challenge challenge) {
            problem.set(challenge.problem());
            solution.set(challenge.solution());
        }
    }

    public boolean hasUnsavedChanges() {
        return stored.get() != null && !stored.get().equals(current.get());
    }

    private void saved(Entries.Saved saved) {
        Entry result = saved.entry();
        if (saved.entriesRewritten() > 0) {
            renamed.set(""); // the same counts twice in a row are told twice
            renamed.set(saved.linksRewritten() + (saved.linksRewritten() == 1 ? " link" : " links") + " in "
                    + saved.entriesRewritten() + (saved.entriesRewritten() == 1 ? " entry" : " entries")
                    + " updated to the new title.");
        }
        saving = false;
        Entry later = pending;
        pending = null;
        boolean stillOpen = stored.get() != null && stored.get().id().equals(result.id());
        if (later != null && !stillOpen && later.id().equals(result.id())) {
            submit(later.withMeta(result.meta()));
            return;
        }
        if (!stillOpen) {
            return;
        }
        stored.set(result);
        // Typing may have gone on while saving: keep what was typed, on top of the new version.
        current.set(snapshot(result));
        retry.stop();
        failedAttempts.set(0);
        saveError.set("");
        saveState.set(hasUnsavedChanges() ? SaveState.UNSAVED : SaveState.SAVED);
        if (hasUnsavedChanges()) {
            autosave.playFromStart();
        }
    }

    /**
     * The text stays in the editor, the status bar turns red with the reason, and the save is tried again later,
     * unless retrying cannot help (the entry changed elsewhere, or its title is taken or not allowed).
     */
    private void saveFailed(Throwable failure) {
        saving = false;
        pending = null;
        failedAttempts.set(failedAttempts.get() + 1);
        saveError.set(UserMessages.of(failure));
        saveState.set(SaveState.FAILED);
        if (retryable(failure) && stored.get() != null) {
            double factor = Math.pow(2, Math.min(failedAttempts.get() - 1, 6));
            Duration wait = firstRetryDelay.multiply(factor);
            retry.setDuration(wait.greaterThan(LONGEST_RETRY_DELAY) ? LONGEST_RETRY_DELAY : wait);
            retry.playFromStart();
        }
    }

    /** A save that failed because of what the entry is (its title, its version) fails again: only retry others. */
    private static boolean retryable(Throwable failure) {
        return !(failure instanceof StaleEntryException || failure instanceof DuplicateTitleException
                || failure instanceof InvalidTitleException);
    }

    /** How many saves failed in a row since the last one that succeeded (0 when all is well). */
    public ReadOnlyObjectProperty<Integer> failedAttemptsProperty() {
        return failedAttempts.getReadOnlyProperty();
    }

    private void edited() {
        if (loading || stored.get() == null) {
            return;
        }
        long now = millis.getAsLong();
        if (lastEdit != Long.MIN_VALUE && now - lastEdit > SESSION_PAUSE.toMillis()) {
            sessionStarting = true; // back after a pause: what was there is kept as a version by the next save
        }
        lastEdit = now;
        current.set(snapshot(stored.get()));
        if (hasUnsavedChanges()) {
            if (saveState.get() != SaveState.FAILED) {
                saveState.set(SaveState.UNSAVED);
            }
            autosave.playFromStart();
        }
    }

    /** The fields as they are now, on the identity and version of {@code base}. */
    private Entry snapshot(Entry base) {
        Entry entry = base.withText(title.get(), body.get());
        if (entry instanceof Challenge challenge) {
            return challenge.withDetails(problem.get(), solution.get(), status.get());
        }
        if (entry instanceof Takeaway takeaway) {
            return takeaway.withCategory(category.get());
        }
        return entry;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty solutionProperty() {
        return solution;
    }

    public ObjectProperty<ChallengeStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<TakeawayCategory> categoryProperty() {
        return category;
    }

    public ReadOnlyObjectProperty<Entry> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Entry> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** After a save that renamed the entry: how many links in how many entries now use the new title. */
    public ReadOnlyStringProperty renamedProperty() {
        return renamed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }
}
