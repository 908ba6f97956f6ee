package org.projectnexus.gui.preview;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.projectnexus.logic.markdown.RemoteImages;

/**
 * "Remote images blocked — Load", above a note whose images from the web were not fetched (the "ask" setting,
 * ADR 34), as mail clients offer it. Loading them is for this note, until Nexus closes.
 */
final class RemoteImagesBar extends HBox {

    RemoteImagesBar(PreviewViewModel viewModel) {
        Label message = new Label("Remote images blocked: loading them tells their servers that you read this note.");
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button load = new Button("Load");
        load.setId("loadRemoteImagesButton");
        load.setMinWidth(Region.USE_PREF_SIZE);
        load.setOnAction(event -> viewModel.loadRemoteImages());
        getChildren().addAll(message, load);
        setId("remoteImagesBar");
        getStyleClass().add("remote-images-bar");
        visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            PreviewViewModel.Page page = viewModel.pageProperty().get();
            return page != null && page.remoteImagesBlocked() && viewModel.remoteImagesProperty().get() == RemoteImages.ASK;
        }, viewModel.pageProperty(), viewModel.remoteImagesProperty()));
        managedProperty().bind(visibleProperty());
    }
}
