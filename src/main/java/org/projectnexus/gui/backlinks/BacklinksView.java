package org.projectnexus.gui.backlinks;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.projectnexus.model.Reference;

/** Under the preview: "Linked from" with the line around each link, and unlinked mentions with "Link it". */
public final class BacklinksView extends VBox {

    public BacklinksView(BacklinksViewModel viewModel, Consumer<UUID> open) {
        getStyleClass().add("backlinks");
        setPadding(new Insets(6));
        setSpacing(4);
        ListView<Reference> linked = list("backlinkList", viewModel.linked(), open, null);
        ListView<Reference> mentions = list("mentionList", viewModel.mentions(), open, viewModel::linkIt);
        getChildren().addAll(heading("Linked from", viewModel.linked()), linked,
                heading("Unlinked mentions", viewModel.mentions()), mentions);
    }

    private static Label heading(String text, ObservableList<Reference> items) {
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> text + " (" + items.size() + ")", items));
        return heading;
    }

    private static ListView<Reference> list(String id, ObservableList<Reference> items, Consumer<UUID> open,
                                            Consumer<Reference> linkIt) {
        ListView<Reference> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(120);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(view -> new ReferenceCell(open, linkIt));
        list.setOnKeyPressed(event -> {
            Reference chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                open.accept(chosen.source().id());
            }
        });
        return list;
    }

    private static final class ReferenceCell extends ListCell<Reference> {
        private final Consumer<UUID> open;
        private final Consumer<Reference> linkIt;

        ReferenceCell(Consumer<UUID> open, Consumer<Reference> linkIt) {
            this.open = open;
            this.linkIt = linkIt;
            // One click opens the entry, as a link in the preview does; a click on "Link it" only links.
            setOnMouseClicked(event -> {
                if (getItem() != null && event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()
                        && !onButton(event.getPickResult().getIntersectedNode())) {
                    open.accept(getItem().source().id());
                }
            });
        }

        private boolean onButton(Node node) {
            for (Node at = node; at != null && at != this; at = at.getParent()) {
                if (at instanceof Button) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected void updateItem(Reference reference, boolean empty) {
            super.updateItem(reference, empty);
            if (empty || reference == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(reference.source().title());
            title.getStyleClass().add("reference-title");
            Label context = new Label(reference.context());
            context.getStyleClass().add("reference-context");
            context.setWrapText(true);
            // Wrap within the list's width instead of widening the row (which clipped the text).
            context.maxWidthProperty().bind(getListView().widthProperty().subtract(120));
            context.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, title, context);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(6, text);
            if (linkIt != null) {
                Button link = new Button("Link it");
                link.getStyleClass().add("small");
                link.setOnAction(event -> linkIt.accept(reference));
                row.getChildren().add(link);
            }
            setGraphic(row);
            setText(null);
        }
    }
}
