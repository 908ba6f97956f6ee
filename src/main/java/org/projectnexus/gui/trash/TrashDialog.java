package org.projectnexus.gui.trash;

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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.projectnexus.model.Entry;
import org.projectnexus.model.TrashedEntry;

/** The trash: restore a deleted entry, or empty the trash after confirming. */
public final class TrashDialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Dialog<Void> dialog = new Dialog<>();

    public TrashDialog(TrashViewModel viewModel, Consumer<Entry> restored, Window owner) {
        dialog.setTitle("Trash");
        dialog.setHeaderText("Deleted entries stay here until the trash is emptied. Links to them work again once"
                + " they are restored.");
        ListView<TrashedEntry> list = new ListView<>(viewModel.entries());
        list.setId("trashList");
        list.setPrefSize(640, 360);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TrashedEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.title() + "  ·  " + entry.kind().displayName()
                        + ", deleted " + WHEN.format(entry.deletedAt()));
            }
        });
        Button restore = new Button("Restore");
        restore.setId("restoreFromTrash");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> viewModel.restore(list.getSelectionModel().getSelectedItem(), restored));
        Button empty = new Button("Empty trash…");
        empty.setId("emptyTrash");
        empty.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.entries()));
        empty.setOnAction(event -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the " + viewModel.entries().size()
                    + " entries in the trash for good? This cannot be undone.", ButtonType.CANCEL, ButtonType.OK);
            confirm.setHeaderText("Empty the trash");
            confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.empty());
        });
        Label message = new Label();
        message.setId("trashMessage");
        message.textProperty().bind(viewModel.messageProperty());
        dialog.getDialogPane().setContent(new VBox(8, list, new HBox(12, restore, empty, message)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
    }

    public void show() {
        dialog.show();
    }
}
