package org.projectnexus.gui.attachments;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.projectnexus.logic.Attachments.AttachmentUse;
import org.projectnexus.model.Attachment;

/**
 * Tools ▸ Attachments…: every file kept in the knowledge base with its size and the entries that use it ("unused"
 * when none does: a revision or the trash may still keep it), to open, rename (its embeds follow) or remove.
 */
final class AttachmentsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    AttachmentsDialog(AttachmentsViewModel viewModel, Window owner, Consumer<javafx.scene.Scene> styles,
                      Consumer<String> open) {
        dialog.setTitle("Attachments");
        dialog.setHeaderText("Images and files kept in this knowledge base. Removing one leaves its embeds in the"
                + " notes, shown as missing.");
        TableView<AttachmentUse> table = new TableView<>(viewModel.listed());
        table.setId("attachmentsTable");
        table.setPrefSize(720, 380);
        table.setPlaceholder(new javafx.scene.control.Label("No attachments yet: paste an image or drop a file"
                + " into a note."));
        table.getColumns().add(column("Name", 260, use -> use.attachment().name()));
        table.getColumns().add(column("Size", 90, use -> Attachment.readableSize(use.attachment().size())));
        table.getColumns().add(column("Used by", 340, use -> use.unused() ? "unused"
                : String.join(", ", use.entries().stream().map(entry -> entry.title()).toList())));
        var selected = table.getSelectionModel().selectedItemProperty();
        Button openButton = new Button("Open");
        openButton.setId("openAttachment");
        openButton.disableProperty().bind(selected.isNull());
        openButton.setOnAction(event -> open.accept(selected.get().attachment().name()));
        Button rename = new Button("Rename…");
        rename.setId("renameAttachment");
        rename.disableProperty().bind(selected.isNull());
        rename.setOnAction(event -> {
            Attachment attachment = selected.get().attachment();
            TextInputDialog ask = new TextInputDialog(attachment.name());
            ask.setHeaderText("Rename “" + attachment.name() + "”: every embed of it is rewritten.");
            ask.initOwner(dialog.getDialogPane().getScene().getWindow());
            ask.showAndWait().filter(name -> !name.isBlank() && !name.equals(attachment.name()))
                    .ifPresent(name -> viewModel.rename(attachment, name, () -> { }));
        });
        Button remove = new Button("Remove");
        remove.setId("removeAttachment");
        remove.disableProperty().bind(selected.isNull());
        remove.setOnAction(event -> viewModel.remove(selected.get().attachment()));
        Button removeUnused = new Button("Remove unused");
        removeUnused.setId("removeUnusedAttachments");
        removeUnused.setOnAction(event -> viewModel.removeUnused());
        dialog.getDialogPane().setContent(new VBox(8, table, new HBox(12, openButton, rename, remove, removeUnused)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        styles.accept(dialog.getDialogPane().getScene());
    }

    private static TableColumn<AttachmentUse, String> column(String title, double width,
                                                             java.util.function.Function<AttachmentUse, String> value) {
        TableColumn<AttachmentUse, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    void show() {
        dialog.show();
    }
}
