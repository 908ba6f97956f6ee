package org.projectnexus.gui.hub;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.projectnexus.gui.dialogs.DialogSizes;
import org.projectnexus.model.ConflictChoice;
import org.projectnexus.model.HubConflict;

/**
 * The Conflicts view (issue 27): the open conflicts on the left; the chosen one's team entry ("theirs") and the
 * member's conflict copy ("yours") side by side, differing lines marked; and the three ways to settle it.
 */
public final class ConflictsWindow {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Dialog<Void> dialog = new Dialog<>();

    public ConflictsWindow(ConflictsViewModel viewModel, Window owner, DialogSizes sizes) {
        dialog.setTitle("Conflicts");
        dialog.setHeaderText("Edits of the same lines by you and a teammate. Nothing is lost: the team's version is in"
                + " the entry, yours in a conflict copy. Choose which to keep.");
        ListView<HubConflict> list = new ListView<>(viewModel.conflicts());
        list.setId("conflictList");
        list.setMinWidth(220);
        list.setPlaceholder(new Label("No conflicts."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(HubConflict conflict, boolean empty) {
                super.updateItem(conflict, empty);
                setText(empty || conflict == null ? null : conflict.entryTitle() + "\n" + conflict.team() + " · "
                        + WHEN.format(conflict.createdAt()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((property, old, conflict) ->
                viewModel.choose(conflict));
        viewModel.chosenProperty().addListener((property, old, conflict) -> {
            if (conflict == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        ListView<SideBySide.Row> rows = new ListView<>(viewModel.rows());
        rows.setId("conflictSides");
        rows.getStyleClass().add("conflict-sides");
        rows.setPlaceholder(new Label("Choose a conflict on the left."));
        rows.setCellFactory(view -> new RowCell(view));
        GridPane headings = columns(new Label("Theirs: in the entry now"), new Label("Yours: your conflict copy"));
        headings.getStyleClass().add("conflict-headings");
        Button mine = choice("Keep mine", "keepMine", ConflictChoice.KEEP_MINE, viewModel,
                "Your version goes into the entry (the team's stays in its history); the copy goes to the trash.");
        Button theirs = choice("Keep theirs", "keepTheirs", ConflictChoice.KEEP_THEIRS, viewModel,
                "The entry stays as it is; your copy goes to the trash.");
        Button both = choice("Keep both", "keepBoth", ConflictChoice.KEEP_BOTH, viewModel,
                "The entry stays as it is, and your copy stays as an ordinary personal entry.");
        Label message = new Label();
        message.setId("conflictMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.messageProperty());
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox sides = new VBox(6, headings, rows, new HBox(8, mine, theirs, both), message);
        SplitPane panes = new SplitPane(list, sides);
        panes.setPrefSize(1000, 460); // the dialog is as wide as its content wants: two columns of text need room
        panes.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(list, false);
        dialog.getDialogPane().setContent(panes);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        sizes.fit(dialog, "conflicts", 1040, 650);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        if (!viewModel.conflicts().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    public void show() {
        dialog.show();
    }

    private static Button choice(String text, String id, ConflictChoice choice, ConflictsViewModel viewModel,
                                 String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.disableProperty().bind(viewModel.chosenProperty().isNull());
        button.setOnAction(event -> viewModel.settle(choice));
        return button;
    }

    private static GridPane columns(Region left, Region right) {
        GridPane grid = new GridPane();
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        left.setMaxWidth(Double.MAX_VALUE);
        right.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(0, left, right);
        grid.setHgap(8);
        return grid;
    }

    /** A row of the comparison: the two sides' line, the differing ones marked (and coloured by the stylesheet). */
    private static final class RowCell extends ListCell<SideBySide.Row> {
        private final Label left = new Label();
        private final Label right = new Label();
        private final GridPane grid = columns(left, right);

        RowCell(ListView<SideBySide.Row> list) {
            for (Label side : new Label[] {left, right}) {
                side.setWrapText(true);
                side.setMinHeight(Region.USE_PREF_SIZE);
            }
            grid.prefWidthProperty().bind(list.widthProperty().subtract(36));
            grid.maxWidthProperty().bind(grid.prefWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SideBySide.Row row, boolean empty) {
            super.updateItem(row, empty);
            left.getStyleClass().removeAll("conflict-theirs", "conflict-gap");
            right.getStyleClass().removeAll("conflict-mine", "conflict-gap");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            left.setText(row.left() == null ? "" : (row.differs() ? "− " : "  ") + row.left());
            right.setText(row.right() == null ? "" : (row.differs() ? "+ " : "  ") + row.right());
            if (row.differs()) {
                left.getStyleClass().add(row.left() == null ? "conflict-gap" : "conflict-theirs");
                right.getStyleClass().add(row.right() == null ? "conflict-gap" : "conflict-mine");
            }
            setGraphic(grid);
        }
    }
}
