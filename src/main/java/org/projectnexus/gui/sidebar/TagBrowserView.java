package org.projectnexus.gui.sidebar;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.projectnexus.gui.sidebar.TagBrowserViewModel.TagNode;
import org.projectnexus.model.Tag;

/** The tag tree in the sidebar: click a tag to filter the entries; right-click to rename or merge it. */
public final class TagBrowserView extends VBox {

    private final TreeView<TagNode> tree = new TreeView<>(new TreeItem<>());

    public TagBrowserView(TagBrowserViewModel viewModel, Consumer<Tag> onSelect, BiConsumer<Tag, Tag> rename) {
        getStyleClass().add("tag-browser");
        tree.setId("tagTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new TagCell(rename));
        tree.getSelectionModel().selectedItemProperty().addListener((property, old, item) -> {
            if (item != null && item.getValue() != null) {
                onSelect.accept(new Tag(item.getValue().name()));
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label heading = new Label("Tags");
        heading.getStyleClass().add("section-heading");
        getChildren().addAll(heading, tree);
        viewModel.rootsProperty().addListener((property, old, roots) -> rebuild(roots));
    }

    private void rebuild(Map<String, TagNode> roots) {
        tree.getRoot().getChildren().clear();
        roots.values().forEach(node -> tree.getRoot().getChildren().add(item(node)));
    }

    private static TreeItem<TagNode> item(TagNode node) {
        TreeItem<TagNode> item = new TreeItem<>(node);
        node.children().values().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }

    private static final class TagCell extends TreeCell<TagNode> {
        private final BiConsumer<Tag, Tag> rename;

        TagCell(BiConsumer<Tag, Tag> rename) {
            this.rename = rename;
        }

        @Override
        protected void updateItem(TagNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setContextMenu(null);
                return;
            }
            setText("#" + node.label() + "  (" + node.count() + ")");
            MenuItem rename = new MenuItem("Rename or merge #" + node.name() + "…");
            rename.setOnAction(event -> askRename(node));
            setContextMenu(new ContextMenu(rename));
        }

        private void askRename(TagNode node) {
            TextInputDialog dialog = new TextInputDialog(node.name());
            dialog.setTitle("Rename tag");
            dialog.setHeaderText("Rename #" + node.name() + " (and the tags under it) in every entry."
                    + "\nA name that is already a tag merges the two.");
            dialog.setContentText("New name:");
            dialog.initOwner(getScene().getWindow());
            dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
                try {
                    rename.accept(new Tag(node.name()), new Tag(name));
                } catch (IllegalArgumentException badName) {
                    new Alert(Alert.AlertType.ERROR, "That is not a tag name.").show();
                }
            });
        }
    }
}
