package org.projectnexus.gui.app;

import javafx.stage.Stage;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.hub.ConflictsViewModel;
import org.projectnexus.gui.hub.SignIn;
import org.projectnexus.gui.hub.SpaceViewModel;
import org.projectnexus.gui.hub.TeamControls;
import org.projectnexus.gui.hub.TeamPasswords;
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
        // NEXUS_HUB_PASSWORD serves every team whose password is not remembered, as it does for nexus sync (ADR 48).
        TeamPasswords passwords = new TeamPasswords(System.getenv("NEXUS_HUB_PASSWORD"));
        TeamViewModel team = new TeamViewModel(knowledgeBase, background, syncLane, watchLane, passwords,
                viewModel.editor(), viewModel::tellUser);
        SpaceViewModel spaces = new SpaceViewModel(knowledgeBase, background, team, viewModel.editor(),
                viewModel.entryList(), viewModel::tellUser);
        window.install(new TeamControls(team, spaces, () -> new ConflictsViewModel(team, viewModel::showRestored),
                new SignIn(team, syncLane, passwords), () -> stage, window.dialogSizes()));
        return team;
    }
}
