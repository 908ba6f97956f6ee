package org.projectnexus.gui.learning;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.StateChange;

/**
 * The side panel of the challenge editor (issue 26): how the challenge's state changed over time, and, for a
 * regression, the solution that did not hold. Shown only while a challenge is open.
 */
public final class LearningPanel extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final VBox states = new VBox(2);

    public LearningPanel(LearningPanelViewModel viewModel) {
        getStyleClass().add("learning-panel");
        setId("learningPanel");
        setPrefWidth(260);
        setMinWidth(200);
        Label heading = new Label("State history");
        heading.getStyleClass().add("section-title");
        states.setId("stateHistory");
        getChildren().addAll(heading, states);
        viewModel.history().addListener((ListChangeListener<StateChange>) change -> showHistory(viewModel));
        var open = viewModel.openProperty();
        var challenge = Bindings.createBooleanBinding(
                () -> open.get() != null && open.get().kind() == EntryKind.CHALLENGE, open);
        visibleProperty().bind(challenge);
        managedProperty().bind(challenge);
        showHistory(viewModel);
    }

    private void showHistory(LearningPanelViewModel viewModel) {
        states.getChildren().clear();
        for (StateChange change : viewModel.history()) {
            Label line = new Label(change.to().displayName() + " · " + WHEN.format(change.at()));
            line.getStyleClass().add("state-change");
            states.getChildren().add(line);
            if (change.regression()) {
                Label failed = new Label("The solution of version " + change.failedVersion() + " did not hold: "
                        + change.failedSolution().strip());
                failed.getStyleClass().add("regression");
                failed.setId("failedSolution");
                states.getChildren().add(failed);
            }
        }
        if (viewModel.history().isEmpty()) {
            states.getChildren().add(new Label("No change of state recorded yet."));
        }
    }
}
