package org.projectnexus.gui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.projectnexus.gui.dialogs.DialogSizes;
import org.projectnexus.logic.history.LineDiff;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Revision;

/** The history of the open entry: versions on the left, what changed since the chosen one on the right. */
public final class HistoryDialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Dialog<Void> dialog = new Dialog<>();

    public HistoryDialog(HistoryViewModel viewModel, Consumer<Entry> restored, Window owner, DialogSizes sizes) {
        dialog.setTitle("History");
        dialog.headerTextProperty().bind(viewModel.currentProperty().map(entry ->
                "Earlier versions of “" + entry.title() + "”. Green lines are in the current text, red ones only in"
                        + " the chosen version."));
        ListView<Revision> versions = new ListView<>(viewModel.revisions());
        versions.setId("historyVersions");
        versions.setMinWidth(260);
        versions.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Revision revision, boolean empty) {
                super.updateItem(revision, empty);
                setText(null);
                if (empty || revision == null) {
                    setGraphic(null);
                    return;
                }
                Label when = new Label("Version " + revision.version() + " · " + WHEN.format(revision.savedAt()));
                when.setMinWidth(Region.USE_PREF_SIZE);
                Label summary = new Label(viewModel.summary(revision));
                summary.getStyleClass().add("version-summary");
                if (summary.getText().contains("title changed")) {
                    summary.getStyleClass().add("version-renamed");
                    summary.setTooltip(new javafx.scene.control.Tooltip("Titled “" + revision.entry().title() + "”"));
                }
                setGraphic(new VBox(2, when, summary));
            }
        });
        ListView<LineDiff.Line> diff = new ListView<>(viewModel.diff());
        diff.setId("historyDiff");
        diff.getStyleClass().add("history-diff");
        diff.setCellFactory(view -> new DiffCell(view));
        versions.getSelectionModel().selectedItemProperty().addListener((property, old, chosen) -> viewModel.choose(chosen));
        Button restore = new Button("Restore this version");
        restore.setId("restoreVersion");
        restore.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> {
            Revision chosen = versions.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, viewModel.restoreQuestion(chosen),
                    ButtonType.CANCEL, ButtonType.OK);
            confirm.setHeaderText("Restore version " + chosen.version());
            confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
            confirm.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.restore(chosen, restored));
        });
        Label message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(viewModel.messageProperty());
        Label changedBy = new Label();
        changedBy.setId("historyChangedBy");
        changedBy.textProperty().bind(viewModel.changedByProperty().map(by -> by.isEmpty() ? ""
                : "Team entry: changed last by " + by + " (as the team hub knows it)."));
        changedBy.visibleProperty().bind(changedBy.textProperty().isNotEmpty());
        changedBy.managedProperty().bind(changedBy.visibleProperty());
        SplitPane panes = new SplitPane(versions, diff);
        panes.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(versions, false);
        VBox.setVgrow(panes, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new VBox(8, changedBy, panes, new HBox(12, restore, message)));
        sizes.fit(dialog, "history", 1040, 640);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        // Modal: the editor must not change under a restore.
        dialog.initModality(Modality.WINDOW_MODAL);
    }

    public void show() {
        dialog.show();
    }

    /**
     * A diff line: marked and coloured (by the stylesheet) as kept, removed or added. Long paragraphs are one line
     * each in Markdown: the text wraps to the list's width rather than ending in "…".
     */
    private static final class DiffCell extends ListCell<LineDiff.Line> {
        private final Label text = new Label();

        DiffCell(ListView<LineDiff.Line> list) {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(list.widthProperty().subtract(36));
            text.prefWidthProperty().bind(text.maxWidthProperty());
            setPrefWidth(0); // never wider than the list: no horizontal scrolling, no cut text
        }

        @Override
        protected void updateItem(LineDiff.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-added", "diff-removed");
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            switch (line.change()) {
                case ADDED -> {
                    getStyleClass().add("diff-added");
                    text.setText("+ " + line.text());
                }
                case REMOVED -> {
                    getStyleClass().add("diff-removed");
                    text.setText("− " + line.text());
                }
                case SAME -> text.setText("  " + line.text());
            }
            setGraphic(text);
        }
    }
}
