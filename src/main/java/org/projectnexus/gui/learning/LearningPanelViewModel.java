package org.projectnexus.gui.learning;

import java.util.List;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.concurrency.LatestOnly;
import org.projectnexus.logic.Finding;
import org.projectnexus.logic.Learning;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.SimilarEntry;
import org.projectnexus.model.StateChange;

/**
 * What the learning panel beside a challenge shows (issue 26): the challenge's history of states, read again after
 * each save of the challenge (a save is what changes a state), and "seen this before?": the past challenges and notes
 * most like the problem being written, looked up again at each pause in typing. Reads run on the background lane.
 */
public final class LearningPanelViewModel {

    private final Learning learning;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectProperty<Entry> open;
    private final ObservableList<StateChange> history = FXCollections.observableArrayList();
    /** Kept, not made per call: the wrapper listens weakly, so one nobody holds would stop telling its listeners. */
    private final ObservableList<StateChange> historyView = FXCollections.unmodifiableObservableList(history);

    /** How many similar entries the panel lists. */
    static final int SIMILAR_SHOWN = 5;
    /** The pause in typing after which the similar entries are looked up again. */
    static final Duration TYPING_PAUSE = Duration.millis(300);

    private final ObservableList<EntrySummary> connected = FXCollections.observableArrayList();
    private final ObservableList<EntrySummary> connectedView = FXCollections.unmodifiableObservableList(connected);
    private final ObservableList<SimilarEntry> similar = FXCollections.observableArrayList();
    private final ObservableList<SimilarEntry> similarView = FXCollections.unmodifiableObservableList(similar);
    private final StringProperty problem;
    private final StringProperty body;
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private final LatestOnly<List<SimilarEntry>> lookup;

    /**
     * {@code open} is the entry as last stored in the editor; {@code problem} and {@code body} are the editor's
     * fields, followed as the user types and written to when one similar entry is linked.
     */
    public LearningPanelViewModel(Learning learning, Finding finding, BackgroundExecutor background,
                                  ReadOnlyObjectProperty<Entry> open, StringProperty problem, StringProperty body) {
        this.learning = learning;
        this.background = background;
        this.open = open;
        this.problem = problem;
        this.body = body;
        this.lookup = new LatestOnly<>(background, "similar challenges", () -> {
            Entry entry = open.get();
            String text = entry instanceof Challenge ? entry.title() + "\n" + problem.get() : "";
            UUID id = entry == null ? null : entry.id();
            return () -> text.isBlank() ? List.<SimilarEntry>of() : finding.similar(text, id, SIMILAR_SHOWN);
        }, similar::setAll, failure -> similar.clear());
        typing.setOnFinished(event -> lookup.request());
        problem.addListener((property, before, now) -> typing.playFromStart());
        open.addListener((property, before, now) -> {
            if (before == null || now == null || !before.id().equals(now.id())) {
                lookup.request(); // another entry opened: at once, not after a pause
            }
        });
        open.addListener((property, before, now) -> {
            boolean sameState = before instanceof Challenge was && now instanceof Challenge is
                    && was.id().equals(is.id()) && was.status() == is.status();
            if (!sameState) {
                readHistory(now);
            }
        });
        open.addListener((property, before, now) -> readConnected(now));
        readHistory(open.get());
        readConnected(open.get());
    }

    /**
     * Where a takeaway came from, or the takeaways learned from a challenge: read again after each save, since a
     * save of the takeaway may name other sources (and a new takeaway is saved, then opened, elsewhere).
     */
    private void readConnected(Entry entry) {
        if (entry == null || entry.kind() == EntryKind.NOTE) {
            connected.clear();
            return;
        }
        UUID id = entry.id();
        background.run("takeaways of " + entry.title(), () -> entry.kind() == EntryKind.TAKEAWAY
                ? learning.learnedFrom(entry) : learning.takeawaysOf(entry), read -> {
            if (open.get() != null && open.get().id().equals(id)) {
                connected.setAll(read);
            }
        }, failure -> connected.clear());
    }

    /**
     * For a takeaway, the entries it was learned from; for a challenge, the takeaways learned from it (issue 26).
     */
    public ObservableList<EntrySummary> connected() {
        return connectedView;
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

    /** The past challenges and notes most like the problem being written, best first. */
    public ObservableList<SimilarEntry> similar() {
        return similarView;
    }

    /** Whether the similar entries answer what is typed now (for tests). */
    public boolean similarSettled() {
        return typing.getStatus() != javafx.animation.Animation.Status.RUNNING && lookup.settled();
    }

    /**
     * Links the challenge being written to a similar entry, with one click: a {@code [[link]]} at the end of its
     * body, which the editor saves as any edit (and the link shows in both entries' backlinks).
     */
    public void link(SimilarEntry match) {
        String link = "[[" + match.entry().title() + "]]";
        String text = body.get() == null ? "" : body.get();
        if (text.contains(link)) {
            return;
        }
        body.set(text.isBlank() ? "Seen before: " + link + "\n" : text.stripTrailing() + "\n\nSeen before: " + link + "\n");
    }

    /** Whether the panel has anything to show: only a challenge has it. */
    public ReadOnlyObjectProperty<Entry> openProperty() {
        return open;
    }
}
