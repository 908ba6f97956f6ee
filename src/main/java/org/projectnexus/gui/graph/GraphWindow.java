package org.projectnexus.gui.graph;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.shape.Circle;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.projectnexus.model.EntryKind;

/** The graph in a window of its own, with its scope, kind and tag filters. */
public final class GraphWindow {

    private final Stage stage = new Stage();
    private final GraphViewModel viewModel;

    public GraphWindow(GraphViewModel viewModel, Consumer<UUID> open, Window owner, Consumer<Scene> style) {
        this.viewModel = viewModel;
        ChoiceBox<GraphViewModel.Scope> scope = new ChoiceBox<>();
        scope.setId("graphScope");
        scope.getItems().setAll(GraphViewModel.Scope.values());
        scope.valueProperty().bindBidirectional(viewModel.scopeProperty());
        HBox filters = new HBox(10, new Label("Show"), scope);
        for (EntryKind kind : EntryKind.values()) {
            CheckBox shown = new CheckBox(kind.pluralName());
            shown.setSelected(true);
            shown.selectedProperty().addListener((property, old, selected) -> {
                Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
                kinds.addAll(viewModel.kindsProperty().get());
                if (selected) {
                    kinds.add(kind);
                } else {
                    kinds.remove(kind);
                }
                viewModel.kindsProperty().set(kinds);
            });
            filters.getChildren().add(shown);
        }
        TextField tag = new TextField();
        tag.setPromptText("tag, e.g. caching");
        tag.setOnAction(event -> viewModel.tagProperty().set(tag.getText()));
        filters.getChildren().addAll(new Label("Tag"), tag);
        filters.setPadding(new Insets(8));
        BorderPane root = new BorderPane(new GraphView(viewModel, open));
        root.setTop(filters);
        root.setBottom(legend());
        Scene scene = new Scene(root, 1000, 700);
        // Esc and Ctrl+W close it, as they close a secondary window elsewhere.
        KeyCombination closeKeys = KeyCombination.keyCombination("Shortcut+W");
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE || closeKeys.match(event)) {
                event.consume();
                stage.hide();
            }
        });
        style.accept(scene);
        stage.setScene(scene);
        stage.setTitle("Nexus graph");
        stage.initOwner(owner);
    }

    /** What the colours mean, and how to move around. */
    private static HBox legend() {
        HBox legend = new HBox(14);
        legend.setId("graphLegend");
        legend.getStyleClass().add("graph-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(6, 10, 6, 10));
        for (EntryKind kind : EntryKind.values()) {
            Label entry = new Label(kind.pluralName(), new Circle(6, GraphView.COLOURS.get(kind)));
            legend.getChildren().add(entry);
        }
        Label hint = new Label("Lines are links · scroll to zoom (more names show) · drag to pan or move a dot"
                + " · hover a dot to name its neighbours · click to open · Esc closes");
        hint.getStyleClass().add("graph-hint");
        legend.getChildren().add(hint);
        return legend;
    }

    public void show(UUID centre) {
        viewModel.centreOn(centre);
        viewModel.reload();
        stage.show();
        stage.toFront();
    }
}
