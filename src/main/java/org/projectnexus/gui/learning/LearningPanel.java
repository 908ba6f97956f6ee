package org.projectnexus.gui.learning;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.SimilarEntry;
import org.projectnexus.model.StateChange;

/**
 * The side panel of the challenge editor (issue 26): how the challenge's state changed over time (for a regression,
 * the solution that did not hold), and the past challenges and notes most like the problem being written, each
 * linked with one click; the takeaways learned from it and "Record a takeaway". For a takeaway, what it was learned
 * from. Shown while a challenge or a takeaway is open.
 */
public final class LearningPanel extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final VBox states = new VBox(2);
    private final VBox similar = new VBox(4);
    private final VBox connected = new VBox(2);
    private final Label connectedHeading = new Label();

    /** {@code open} opens an entry by its id; {@code recordTakeaway} creates a takeaway learned from the challenge. */
    public LearningPanel(LearningPanelViewModel viewModel, Consumer<UUID> open, Runnable recordTakeaway) {
        getStyleClass().add("learning-panel");
        setId("learningPanel");
        setPrefWidth(260);
        setMinWidth(200);
        Label heading = new Label("State history");
        heading.getStyleClass().add("section-title");
        states.setId("stateHistory");
        Label seen = new Label("Seen this before?");
        seen.getStyleClass().add("section-title");
        similar.setId("similarEntries");
        connectedHeading.getStyleClass().add("section-title");
        connected.setId("learnedConnections");
        Button record = new Button("Record a takeaway");
        record.setId("recordTakeaway");
        record.setOnAction(event -> recordTakeaway.run());
        getChildren().addAll(heading, states, connectedHeading, connected, record, seen, similar);
        viewModel.history().addListener((ListChangeListener<StateChange>) change -> showHistory(viewModel));
        viewModel.similar().addListener((ListChangeListener<SimilarEntry>) change -> showSimilar(viewModel));
        viewModel.connected().addListener((ListChangeListener<EntrySummary>) change -> showConnected(viewModel, open));
        var opened = viewModel.openProperty();
        var challenge = Bindings.createBooleanBinding(
                () -> opened.get() != null && opened.get().kind() == EntryKind.CHALLENGE, opened);
        var takeaway = Bindings.createBooleanBinding(
                () -> opened.get() != null && opened.get().kind() == EntryKind.TAKEAWAY, opened);
        for (javafx.scene.Node challengeOnly : List.of(heading, states, record, seen, similar)) {
            challengeOnly.visibleProperty().bind(challenge);
            challengeOnly.managedProperty().bind(challenge);
        }
        connectedHeading.textProperty().bind(Bindings.when(takeaway).then("Learned from").otherwise("Takeaways"));
        visibleProperty().bind(challenge.or(takeaway));
        managedProperty().bind(challenge.or(takeaway));
        showHistory(viewModel);
        showSimilar(viewModel);
        showConnected(viewModel, open);
    }

    /** A takeaway's sources, or a challenge's takeaways: each a link that opens it. */
    private void showConnected(LearningPanelViewModel viewModel, Consumer<UUID> open) {
        connected.getChildren().clear();
        for (EntrySummary entry : viewModel.connected()) {
            Hyperlink link = new Hyperlink(entry.title());
            link.getStyleClass().add("learned-link");
            link.setWrapText(true);
            link.setOnAction(event -> open.accept(entry.id()));
            connected.getChildren().add(link);
        }
        if (viewModel.connected().isEmpty()) {
            Entry shown = viewModel.openProperty().get();
            connected.getChildren().add(new Label(shown != null && shown.kind() == EntryKind.TAKEAWAY
                    ? "Not linked to a source: name it under learned_from in the front matter."
                    : "No takeaway recorded from it yet."));
        }
    }

    /** Each similar entry: its title and kind, its solution if it is a challenge, and a button that links it. */
    private void showSimilar(LearningPanelViewModel viewModel) {
        similar.getChildren().clear();
        for (SimilarEntry match : viewModel.similar()) {
            Entry entry = match.entry();
            Label title = new Label(entry.title());
            title.getStyleClass().add("similar-title");
            title.setWrapText(true);
            Label about = new Label(entry instanceof Challenge c ? c.status().displayName() + " challenge"
                    : entry.kind().displayName());
            about.getStyleClass().add("similar-score");
            Button link = new Button("Link");
            link.getStyleClass().add("similar-link");
            link.setAccessibleText("Link " + entry.title());
            link.setOnAction(event -> viewModel.link(match));
            VBox row = new VBox(2, new HBox(6, link, title), about);
            row.getStyleClass().add("similar-entry");
            if (entry instanceof Challenge challenge && !challenge.solution().isBlank()) {
                Label solution = new Label("Solution: " + firstLine(challenge.solution()));
                solution.setWrapText(true);
                row.getChildren().add(solution);
            }
            similar.getChildren().add(row);
        }
        if (viewModel.similar().isEmpty()) {
            similar.getChildren().add(new Label("Nothing similar yet: describe the problem."));
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
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
