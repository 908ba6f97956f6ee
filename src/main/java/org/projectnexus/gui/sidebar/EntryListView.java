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
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;

/** The sidebar: a filter box over the entries, grouped by kind with counts. */
public final class EntryListView extends VBox {

    private static final Map<EntryKind, Feather> ICONS = Map.of(
            EntryKind.NOTE, Feather.FILE_TEXT, EntryKind.CHALLENGE, Feather.ALERT_TRIANGLE,
            EntryKind.TAKEAWAY, Feather.STAR);
    /** A challenge's state at a glance in the list (issue 26); the colour comes from the stylesheet. */
    private static final Map<ChallengeStatus, Feather> STATUS_ICONS = Map.of(
            ChallengeStatus.OPEN, Feather.CIRCLE, ChallengeStatus.SOLVED, Feather.CHECK,
            ChallengeStatus.VERIFIED, Feather.CHECK_CIRCLE, ChallengeStatus.REGRESSED, Feather.ROTATE_CCW);

    /** A group heading in the tree. */
    record KindGroup(EntryKind kind, int count) {
    }

    private final EntryListViewModel viewModel;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("entries"));
    private final TextField filter = TextFields.createClearableTextField();
    private final java.util.Set<EntryKind> collapsed = java.util.EnumSet.noneOf(EntryKind.class);
    private UUID selectedId;
    private boolean rebuilding;
    /** Above this many entries changed at once, the tree is built again rather than patched. */
    private static final int PATCHED_AT_MOST = 64;

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
        getChildren().addAll(filter, kinds, statusFilter(viewModel), tagChip, tree);
        viewModel.shownEntries().addListener((ListChangeListener<EntrySummary>) change -> {
            if (!patched(change)) {
                rebuild();
            }
        });
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

    /**
     * Moves the few entries a save or a rename changed into or out of their kind's group, instead of building the
     * whole tree again (on a large knowledge base, a rebuild is most of the FX thread's work after a save). Returns
     * false for a change that is better rebuilt: a large one (an import, a new filter) or a reordering.
     */
    private boolean patched(ListChangeListener.Change<? extends EntrySummary> change) {
        int size = 0;
        int parts = 0;
        while (change.next()) {
            if (change.wasPermutated() || change.wasUpdated()) {
                return false;
            }
            size += change.getRemovedSize() + change.getAddedSize();
            parts++;
        }
        // One part at a time: the positions of a later part refer to the list as the earlier parts left it.
        if (parts != 1 || size > PATCHED_AT_MOST || tree.getRoot().getChildren().size() != EntryKind.values().length) {
            return false;
        }
        change.reset();
        rebuilding = true;
        try {
            while (change.next()) {
                change.getRemoved().forEach(this::removeItem);
                for (int at = change.getFrom(); change.wasAdded() && at < change.getTo(); at++) {
                    addItem(change.getList().get(at), at);
                }
            }
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                KindGroup old = (KindGroup) group.getValue();
                group.setValue(new KindGroup(old.kind(), group.getChildren().size()));
            }
        } finally {
            rebuilding = false;
        }
        if (selectedId != null) {
            select(selectedId, false);
        }
        return true;
    }

    private TreeItem<Object> group(EntryKind kind) {
        return tree.getRoot().getChildren().get(kind.ordinal());
    }

    private void removeItem(EntrySummary removed) {
        group(removed.kind()).getChildren().removeIf(item -> item.getValue() == removed);
    }

    /** Puts the entry shown at {@code shownAt} after the entries of its kind shown before it. */
    private void addItem(EntrySummary added, int shownAt) {
        int before = 0;
        for (int i = 0; i < shownAt; i++) {
            if (viewModel.shownEntries().get(i).kind() == added.kind()) {
                before++;
            }
        }
        group(added.kind()).getChildren().add(before, new TreeItem<>(added));
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
                setGraphic(statusIcon(summary.status()));
                getStyleClass().add("entry-item");
            }
        }
    }

    private static FontIcon statusIcon(ChallengeStatus status) {
        if (status == null) {
            return null;
        }
        FontIcon icon = new FontIcon(STATUS_ICONS.get(status));
        icon.getStyleClass().addAll("status-icon", "status-" + status.word());
        icon.setAccessibleText(status.displayName());
        javafx.scene.control.Tooltip.install(icon, new javafx.scene.control.Tooltip(status.displayName()));
        return icon;
    }

    /** Narrows the list to challenges in one state; shown while the kind filter allows challenges. */
    private static javafx.scene.control.ChoiceBox<ChallengeStatus> statusFilter(EntryListViewModel viewModel) {
        javafx.scene.control.ChoiceBox<ChallengeStatus> states = new javafx.scene.control.ChoiceBox<>();
        states.setId("statusFilter");
        states.getItems().add(null);
        states.getItems().addAll(ChallengeStatus.values());
        states.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChallengeStatus status) {
                return status == null ? "Any state" : status.displayName();
            }

            @Override
            public ChallengeStatus fromString(String text) {
                return ChallengeStatus.parse(text).orElse(null);
            }
        });
        states.valueProperty().bindBidirectional(viewModel.statusProperty());
        states.setMaxWidth(Double.MAX_VALUE);
        return states;
    }
}
