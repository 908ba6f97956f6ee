package org.projectnexus.gui.preview;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * "3 images in this note are files on your disk — attach them?", above a note whose images point at files outside
 * the knowledge base (issue 24): the preview never fetches them ({@code file://} is not in the page's policy), and
 * attaching keeps them with the note, in backups and encryption.
 */
final class LocalFilesBar extends HBox {

    LocalFilesBar(PreviewViewModel viewModel, Runnable attach) {
        Label message = new Label();
        message.setId("localFilesMessage");
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button attachThem = new Button("Attach them");
        attachThem.setId("attachLocalFilesButton");
        attachThem.setMinWidth(Region.USE_PREF_SIZE);
        attachThem.setOnAction(event -> attach.run());
        getChildren().addAll(message, attachThem);
        setId("localFilesBar");
        getStyleClass().add("remote-images-bar");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            PreviewViewModel.Page page = viewModel.pageProperty().get();
            int count = page == null ? 0 : page.localFiles();
            return count == 1 ? "1 image in this note is a file on your disk, not in the knowledge base: attach it?"
                    : count + " images in this note are files on your disk, not in the knowledge base: attach them?";
        }, viewModel.pageProperty()));
        visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            PreviewViewModel.Page page = viewModel.pageProperty().get();
            return page != null && page.localFiles() > 0;
        }, viewModel.pageProperty()));
        managedProperty().bind(visibleProperty());
    }
}
