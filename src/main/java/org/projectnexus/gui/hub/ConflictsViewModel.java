package org.projectnexus.gui.hub;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.logic.history.EntryText;
import org.projectnexus.model.ConflictChoice;
import org.projectnexus.model.Entry;
import org.projectnexus.model.HubConflict;

/**
 * The Conflicts view (issue 27): the open conflicts, the chosen one's two versions side by side with the differing
 * lines marked, and settling it (keep mine, keep theirs, keep both). Used on the FX thread.
 */
public final class ConflictsViewModel {

    private final TeamViewModel team;
    private final TeamHub hub;
    private final BackgroundExecutor background;
    private final Consumer<Entry> settledEntry;
    private final ObservableList<SideBySide.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HubConflict> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code settledEntry}: told the team entry after a conflict was settled (the window shows it as stored now). */
    public ConflictsViewModel(TeamViewModel team, Consumer<Entry> settledEntry) {
        this.team = team;
        this.hub = team.hub();
        this.background = team.background();
        this.settledEntry = settledEntry;
    }

    public ObservableList<HubConflict> conflicts() {
        return team.conflicts();
    }

    public void choose(HubConflict conflict) {
        chosen.set(conflict);
        rows.clear();
        if (conflict == null) {
            return; // what was just settled stays said
        }
        message.set("");
        background.run("compare the conflict's versions", () -> hub.sides(conflict), sides -> {
            if (conflict.equals(chosen.get())) {
                rows.setAll(SideBySide.of(EntryText.of(sides.theirs()), EntryText.of(sides.mine())));
            }
        }, failure -> message.set(UserMessages.of(failure)));
    }

    public void settle(ConflictChoice choice) {
        HubConflict conflict = chosen.get();
        if (conflict == null) {
            return;
        }
        background.run("settle the conflict", () -> hub.resolve(conflict, choice), kept -> {
            message.set(switch (choice) {
                case KEEP_MINE -> "Your version is in “" + kept.title() + "” now; the copy is in the trash.";
                case KEEP_THEIRS -> "“" + kept.title() + "” stays as it is; your copy is in the trash.";
                case KEEP_BOTH -> "Both kept: “" + conflict.copyTitle() + "” is an ordinary personal entry now.";
            });
            chosen.set(null);
            rows.clear();
            settledEntry.accept(kept);
            team.settled();
        }, failure -> message.set(UserMessages.of(failure)));
    }

    public ObservableList<SideBySide.Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<HubConflict> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
