package org.projectnexus.gui.hub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.gui.editor.EditorViewModel;
import org.projectnexus.gui.editor.SaveState;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.Entry;
import org.projectnexus.gui.hub.SyncRound.Snapshot;
import org.projectnexus.model.HubConflict;
import org.projectnexus.model.HubMembership;
import org.projectnexus.model.HubStatus;
import org.projectnexus.model.HubUnreachableException;

/**
 * The window's team hub (issue 27, ADR 44): the joined teams, which space each entry is in, the sync indicator,
 * the open conflicts, and syncing in the background: after local changes of team entries (debounced), when a teammate pushed (heard by
 * {@link HubWatcher}), and when an offline hub answers again. Syncs run on a lane of their own, one at a time; a
 * request made meanwhile runs once after it. A team syncs once its password is remembered or held for the session
 * ({@link TeamPasswords}, ADR 48). Used on the FX thread.
 */
public final class TeamViewModel {

    /**
     * How long after a local change of a team entry the sync starts: the changes of one action (a rename rewriting
     * links in several entries) go out in one sync. Typing is coalesced by the editor's autosave already.
     */
    static final Duration AFTER_CHANGE = Duration.millis(150);

    private final KnowledgeBase knowledgeBase;
    private final TeamHub hub;
    private final BackgroundExecutor background;
    private final BackgroundExecutor syncLane;
    private final HubWatcher watcher;
    private final Heard heard = new Heard();
    private final TeamPasswords passwords;
    private final EditorViewModel editor;
    private final Consumer<String> tell;
    private final ObservableList<HubMembership> teams = FXCollections.observableArrayList();
    private final ObservableList<HubConflict> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SyncIndicator> indicator = new ReadOnlyObjectWrapper<>(SyncIndicator.NONE);
    /** Every team entry's team by id (an entry not here is personal); replaced, never changed in place. */
    private final ReadOnlyObjectWrapper<Map<UUID, String>> spaces = new ReadOnlyObjectWrapper<>(Map.of());
    private final PauseTransition debounce = new PauseTransition(AFTER_CHANGE);
    private final SyncRound round;
    private List<HubStatus> statuses = List.of();
    private boolean offline;
    private String trouble = "";
    private boolean syncing;
    private boolean syncAgain;
    /** A sync was asked for while the open team entry had unsaved edits: it runs once they are saved. */
    private boolean waitingForSave;
    private boolean closed;

    /** {@code syncLane} and {@code watchLane}: lanes of their own, so a slow hub never holds up saves. */
    public TeamViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, BackgroundExecutor syncLane,
                         BackgroundExecutor watchLane, TeamPasswords passwords, EditorViewModel editor,
                         Consumer<String> tell) {
        this.knowledgeBase = knowledgeBase;
        this.hub = knowledgeBase.teamHub();
        this.background = background;
        this.syncLane = syncLane;
        this.passwords = passwords;
        this.watcher = new HubWatcher(hub, watchLane, passwords);
        this.round = new SyncRound(hub, passwords);
        this.editor = editor;
        this.tell = tell;
        debounce.setOnFinished(event -> requestSync());
        editor.saveStateProperty().addListener((property, old, state) -> {
            if (waitingForSave && !typingInTeamEntry()) {
                waitingForSave = false;
                requestSync();
            }
        });
        knowledgeBase.onChange(event -> {
            if (!round.ownWriting(event)) {
                background.onFxThread(() -> changedHere(event));
            }
        });
    }

    /** Loads the teams and spaces; when a team was joined, syncs once and starts listening for teammates' pushes. */
    public void start() {
        background.run("load the team hub", () -> Snapshot.of(hub), snapshot -> {
                    apply(snapshot);
                    List<String> watched = snapshot.teams().stream().filter(passwords::canSync)
                            .map(HubMembership::team).toList();
                    if (!watched.isEmpty()) {
                        requestSync();
                        watcher.watch(watched, heard); // started again after a restore: the watch goes on
                    }
                }, failure -> tell.accept(UserMessages.of(failure)));
    }

    /** Syncs now (the status bar's indicator, Team ▸ Sync now). */
    public void requestSync() {
        debounce.stop();
        if (closed || teams.stream().noneMatch(passwords::canSync)) {
            return;
        }
        if (syncing) {
            syncAgain = true;
            return;
        }
        if (typingInTeamEntry()) {
            // The edits of the open team entry are about to be saved: the sync waits for that save. Syncing under
            // the editor would move the entry's version and turn its save into a stale one.
            waitingForSave = true;
            showIndicator();
            return;
        }
        syncing = true;
        showIndicator();
        syncLane.run("sync with the team hub", round::run, this::synced, failure -> {
            syncing = false;
            trouble = UserMessages.of(failure);
            showIndicator();
        });
    }

    private boolean typingInTeamEntry() {
        Entry open = editor.storedProperty().get();
        SaveState state = editor.saveStateProperty().get();
        return open != null && spaces.get().containsKey(open.id())
                && (state == SaveState.UNSAVED || state == SaveState.SAVING);
    }

    private void synced(SyncRound.Outcome outcome) {
        syncing = false;
        offline = outcome.failure() instanceof HubUnreachableException;
        trouble = outcome.failure() == null || offline ? "" : UserMessages.of(outcome.failure());
        if (!trouble.isEmpty()) {
            tell.accept(trouble);
        }
        outcome.notices().forEach(tell);
        boolean again = syncAgain;
        syncAgain = false;
        syncing = again; // shown as under way until the next sync starts: "Synced" only when nothing is left to do
        apply(outcome.after());
        Entry open = editor.storedProperty().get();
        if (open != null && outcome.changed().contains(open.id())) {
            reopen(open);
        }
        if (again) {
            syncing = false;
            requestSync();
        }
    }

    /** The open entry changed through the hub: shown as stored now, unless the user is typing in it. */
    private void reopen(Entry open) {
        background.run("show the teammate's change", () -> knowledgeBase.entries().find(open.id()), found -> {
            Entry still = editor.storedProperty().get();
            if (found.isPresent() && still != null && still.id().equals(open.id())
                    && found.get().version() != still.version() && !editor.hasUnsavedChanges()) {
                editor.open(found.get());
            }
        }, failure -> { });
    }

    private void apply(Snapshot snapshot) {
        teams.setAll(snapshot.teams());
        spaces.set(snapshot.spaces());
        statuses = snapshot.statuses();
        conflicts.setAll(snapshot.conflicts());
        showIndicator();
    }

    /** A change made here (a save, a rename, a delete): a team entry's goes out soon. */
    private void changedHere(ChangeEvent event) {
        if (closed || teams.isEmpty()) {
            return;
        }
        if (event.reset()) {
            start();
            return;
        }
        if (event.ids().stream().anyMatch(spaces.get()::containsKey)) {
            refreshStatus();
            debounce.playFromStart();
        }
    }

    private void refreshStatus() {
        background.run("team hub status", hub::status, now -> {
            statuses = now;
            showIndicator();
        }, failure -> { });
    }

    private void showIndicator() {
        indicator.set(SyncIndicator.of(statuses, offline, trouble, syncing, passwords.signInNeeded(teams)));
    }

    /** An entry moved between spaces here (shared, made personal): the lists follow, and the move goes out. */
    void moved(UUID id, String team) {
        Map<UUID, String> now = new HashMap<>(spaces.get());
        if (team == null) {
            now.remove(id);
        } else {
            now.put(id, team);
        }
        requestSync(); // first: the indicator says a sync is under way before the entry's space changes
        spaces.set(Map.copyOf(now));
        refreshStatus();
    }

    /** The member signed in to {@code team} ({@link SignIn}): it syncs now, and its teammates' pushes are heard. */
    void signedIn(String team) {
        trouble = "";
        watcher.watch(List.of(team), heard);
        requestSync();
    }

    /** A conflict was settled in the Conflicts view: the lists and the indicator follow, and the result goes out. */
    void settled() {
        background.run("team hub status", () -> Snapshot.of(hub), this::apply, failure -> { });
        requestSync();
    }

    /** The window is closing: no new sync starts, the watch ends, and the sync under way (if any) finishes. */
    public void close() {
        closed = true;
        debounce.stop();
        watcher.close();
        syncLane.shutdownAfter(() -> { });
    }

    public ObservableList<HubMembership> teams() {
        return teams;
    }

    public ObservableList<HubConflict> conflicts() {
        return conflicts;
    }

    public ReadOnlyObjectProperty<Map<UUID, String>> spacesProperty() {
        return spaces.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncIndicator> indicatorProperty() {
        return indicator.getReadOnlyProperty();
    }

    /** The team hub, for the Conflicts view's model. */
    TeamHub hub() {
        return hub;
    }

    BackgroundExecutor background() {
        return background;
    }

    private final class Heard implements HubWatcher.Listener {
        @Override
        public void heard() {
            background.onFxThread(TeamViewModel.this::requestSync);
        }

        @Override
        public void offline() {
            background.onFxThread(() -> {
                offline = true;
                showIndicator();
            });
        }

        @Override
        public void reachable() {
            background.onFxThread(TeamViewModel.this::requestSync);
        }

        @Override
        public void failed(String team, String message) {
            background.onFxThread(() -> {
                trouble = message;
                tell.accept(message);
                showIndicator();
            });
        }
    }
}
