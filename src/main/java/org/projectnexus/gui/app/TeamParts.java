package org.projectnexus.gui.app;

import javafx.stage.Stage;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.hub.ConflictsViewModel;
import org.projectnexus.gui.hub.SpaceViewModel;
import org.projectnexus.gui.hub.TeamControls;
import org.projectnexus.gui.hub.TeamViewModel;
import org.projectnexus.logic.KnowledgeBase;

/** Composes the window's team hub (issue 27): its view models over the knowledge base, and its parts in the window. */
final class TeamParts {

    private TeamParts() {
    }

    /** Returns the team's view model: {@link TeamViewModel#start} once the list is shown, close with the window. */
    static TeamViewModel install(KnowledgeBase knowledgeBase, MainViewModel viewModel, MainWindow window,
                                 BackgroundExecutor background, BackgroundExecutor syncLane,
                                 BackgroundExecutor watchLane, Stage stage) {
        TeamViewModel team = new TeamViewModel(knowledgeBase, background, syncLane, watchLane, viewModel.editor(),
                viewModel::tellUser);
        SpaceViewModel spaces = new SpaceViewModel(knowledgeBase, background, team, viewModel.editor(),
                viewModel.entryList(), viewModel::tellUser);
        window.install(new TeamControls(team, spaces, () -> new ConflictsViewModel(team, viewModel::showRestored),
                () -> stage, window.dialogSizes()));
        return team;
    }
}
