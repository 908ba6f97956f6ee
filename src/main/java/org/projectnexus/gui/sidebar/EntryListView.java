package org.projectnexus.gui.sidebar;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;

/** The sidebar: a filter box over the entries, grouped by kind with counts. */
public final class EntryListView extends VBox {

    private static final Map<EntryKind, Feather> ICONS = Map.of(
            EntryKind.NOTE, Feather.FILE_TEXT, EntryKind.CHALLENGE, Feather.ALERT_TRIANGLE,
            EntryKind.TAKEAWAY, Feather.STAR);

    /** A group heading in the tree. */
    record KindGroup(EntryKind kind, int count) {
    }

    private final EntryListViewModel viewModel;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("entries"));
    private final TextField filter = TextFields.createClearableTextField();
    private final java.util.Set<EntryKind> collapsed = java.util.EnumSet.noneOf(EntryKind.class);
    private UUID selectedId;
    private boolean rebuilding;

    public EntryListView(EntryListViewModel viewModel, Consumer<UUID> onOpen) {
        this.viewModel = viewModel;
        getStyleClass().add("entry-list");
        filter.setPromptText("Filter titles");
        filter.setId("entryFilter");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        tree.setId("entryTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new EntryCell());
        tree.getSelectionModel().selectedItemProperty().addListener((property, old, item) -> {
            if (!rebuilding && item != null && item.getValue() instanceof EntrySummary summary) {
                selectedId = summary.id();
                onOpen.accept(summary.id());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        javafx.scene.control.Button tagChip = new javafx.scene.control.Button();
        tagChip.setId("tagFilterChip");
        tagChip.getStyleClass().add("tag-filter");
        tagChip.setGraphic(new FontIcon(Feather.X));
        tagChip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        tagChip.setOnAction(event -> viewModel.filterByTag(null));
        tagChip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.tagProperty().get() == null ? "" : "Tagged " + viewModel.tagProperty().get(),
                viewModel.tagProperty()));
        tagChip.visibleProperty().bind(viewModel.tagProperty().isNotNull());
        tagChip.managedProperty().bind(tagChip.visibleProperty());
        javafx.scene.control.ChoiceBox<EntryKind> kinds = new javafx.scene.control.ChoiceBox<>();
        kinds.setId("kindFilter");
        kinds.getItems().add(null);
        kinds.getItems().addAll(EntryKind.values());
        kinds.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EntryKind kind) {
                return kind == null ? "All kinds" : kind.pluralName();
            }

            @Override
            public EntryKind fromString(String text) {
                return EntryKind.parse(text).orElse(null);
            }
        });
        kinds.valueProperty().bindBidirectional(viewModel.kindProperty());
        kinds.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(filter, kinds, tagChip, tree);
        viewModel.shownEntries().addListener((ListChangeListener<EntrySummary>) change -> rebuild());
        rebuild();
    }

    /**
     * Marks the entry open in the editor as selected, without opening it again; {@code reveal} scrolls the
     * list to it (for an entry opened elsewhere than in the list, not for a list merely refreshed).
     */
    public void select(UUID id, boolean reveal) {
        selectedId = id;
        TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() instanceof EntrySummary summary && summary.id().equals(id)) {
            return;
        }
        rebuilding = true;
        try {
            tree.getSelectionModel().clearSelection();
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                for (TreeItem<Object> item : group.getChildren()) {
                    if (item.getValue() instanceof EntrySummary summary && summary.id().equals(id)) {
                        tree.getSelectionModel().select(item);
                        if (reveal) {
                            reveal(tree.getRow(item));
                        }
                        return;
                    }
                }
            }
        } finally {
            rebuilding = false;
        }
    }

    /** Scrolls the row into view, unless it is in view already (scrolling then would only make the list jump). */
    private void reveal(int row) {
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null
                && row > flow.getFirstVisibleCell().getIndex() && row < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        tree.scrollTo(Math.max(0, row - 3));
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    private void rebuild() {
        rebuilding = true;
        try {
            tree.getRoot().getChildren().clear();
            for (EntryKind kind : EntryKind.values()) {
                var entries = viewModel.shown(kind);
                TreeItem<Object> group = new TreeItem<>(new KindGroup(kind, entries.size()));
                group.setExpanded(!collapsed.contains(kind));
                group.expandedProperty().addListener((property, old, expanded) -> {
                    if (expanded) {
                        collapsed.remove(kind);
                    } else {
                        collapsed.add(kind);
                    }
                });
                entries.forEach(entry -> group.getChildren().add(new TreeItem<>(entry)));
                tree.getRoot().getChildren().add(group);
            }
        } finally {
            rebuilding = false;
        }
        if (selectedId != null) {
            select(selectedId, false);
        }
    }

    private static final class EntryCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("kind-group", "entry-item");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof KindGroup group) {
                setText(group.kind().pluralName() + " (" + group.count() + ")");
                setGraphic(new FontIcon(ICONS.get(group.kind())));
                getStyleClass().add("kind-group");
            } else if (item instanceof EntrySummary summary) {
                setText(summary.title());
                setGraphic(null);
                getStyleClass().add("entry-item");
            }
        }
    }
}
