package org.projectnexus.gui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.projectnexus.logic.history.LineDiff;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Revision;

/** The history of the open entry: versions on the left, what changed since the chosen one on the right. */
public final class HistoryDialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Dialog<Void> dialog = new Dialog<>();

    public HistoryDialog(HistoryViewModel viewModel, Consumer<Entry> restored, Window owner) {
        dialog.setTitle("History");
        dialog.headerTextProperty().bind(viewModel.currentProperty().map(entry ->
                "Earlier versions of “" + entry.title() + "”. Green lines are in the current text, red ones only in"
                        + " the chosen version."));
        ListView<Revision> versions = new ListView<>(viewModel.revisions());
        versions.setId("historyVersions");
        versions.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Revision revision, boolean empty) {
                super.updateItem(revision, empty);
                setText(empty || revision == null ? null
                        : "Version " + revision.version() + " · " + WHEN.format(revision.savedAt()));
            }
        });
        ListView<LineDiff.Line> diff = new ListView<>(viewModel.diff());
        diff.setId("historyDiff");
        diff.getStyleClass().add("history-diff");
        diff.setCellFactory(view -> {
            DiffCell cell = new DiffCell();
            // Long paragraphs are one line each in Markdown: wrap them to the list's width.
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(view.widthProperty().subtract(24));
            return cell;
        });
        versions.getSelectionModel().selectedItemProperty().addListener((property, old, chosen) -> viewModel.choose(chosen));
        Button restore = new Button("Restore this version");
        restore.setId("restoreVersion");
        restore.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> viewModel.restore(versions.getSelectionModel().getSelectedItem(), restored));
        Label message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(viewModel.messageProperty());
        SplitPane panes = new SplitPane(versions, diff);
        panes.setDividerPositions(0.3);
        panes.setPrefSize(1000, 560);
        dialog.getDialogPane().setPrefWidth(1040);
        dialog.getDialogPane().setContent(new VBox(8, panes, new HBox(12, restore, message)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        // Modal: the editor must not change under a restore.
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
    }

    public void show() {
        dialog.show();
    }

    /** A diff line: marked and coloured (by the stylesheet) as kept, removed or added. */
    private static final class DiffCell extends ListCell<LineDiff.Line> {
        @Override
        protected void updateItem(LineDiff.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-added", "diff-removed");
            if (empty || line == null) {
                setText(null);
                return;
            }
            switch (line.change()) {
                case ADDED -> {
                    getStyleClass().add("diff-added");
                    setText("+ " + line.text());
                }
                case REMOVED -> {
                    getStyleClass().add("diff-removed");
                    setText("− " + line.text());
                }
                case SAME -> setText("  " + line.text());
            }
        }
    }
}
