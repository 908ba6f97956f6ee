package org.projectnexus.gui.preview;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A line above the preview that says what the page held back and offers the one action that brings it in (remote
 * images to load, files on the disk to attach), shown only while {@code shown} holds.
 */
class PreviewNoticeBar extends HBox {

    final Label message = new Label();

    PreviewNoticeBar(String id, String actionText, String actionId, Runnable action, BooleanBinding shown) {
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button button = new Button(actionText);
        button.setId(actionId);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        getChildren().addAll(message, button);
        setId(id);
        getStyleClass().add("preview-notice-bar");
        visibleProperty().bind(shown);
        managedProperty().bind(visibleProperty());
    }
}
