package org.projectnexus.gui;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.projectnexus.model.Finding;

/** The link-integrity check's findings; double-click one to open its entry. */
final class CheckDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    CheckDialog(List<Finding> findings, Consumer<UUID> open, Window owner) {
        dialog.setTitle("Check links");
        dialog.setHeaderText(findings.isEmpty() ? "No problems found."
                : findings.size() + " problem" + (findings.size() == 1 ? "" : "s") + " found. Double-click one to open it.");
        ListView<Finding> list = new ListView<>();
        list.setId("findingList");
        list.getItems().setAll(findings);
        list.setPrefSize(720, 420);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                setText(empty || finding == null ? null : finding.entryTitle()
                        + (finding.line() > 0 ? ", line " + finding.line() : "") + ": " + finding.message()
                        + (finding.fix().isEmpty() ? "" : "  →  " + finding.fix()));
            }
        });
        list.setOnMouseClicked(event -> {
            Finding chosen = list.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && chosen != null) {
                open.accept(chosen.entryId());
            }
        });
        dialog.getDialogPane().setContent(findings.isEmpty() ? new Label("Every link resolves.") : new VBox(list));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
    }

    void show() {
        dialog.show();
    }
}
