package org.projectnexus.gui.search;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.projectnexus.model.SwitcherMatch;

/**
 * Ctrl+O / Ctrl+P: a small window over the main one with a field and the matching entries. Up and Down choose,
 * Enter opens (or, when nothing matches, creates an entry with the typed title), Escape closes.
 */
public final class QuickSwitcherDialog {

    private final QuickSwitcherViewModel viewModel;
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final TextField field = new TextField();
    private final ListView<SwitcherMatch> list = new ListView<>();
    private final Label hint = new Label();
    /** Enter was pressed before the matches for the text had arrived: choose as soon as they do. */
    private boolean chooseWhenAnswered;

    public QuickSwitcherDialog(QuickSwitcherViewModel viewModel, Window owner, Consumer<UUID> open,
                               Consumer<String> create, Consumer<Scene> styling) {
        this.viewModel = viewModel;
        field.setId("switcherField");
        field.setPromptText("Go to an entry, or type a new title");
        field.textProperty().bindBidirectional(viewModel.textProperty());
        list.setId("switcherList");
        list.setItems(viewModel.matches());
        list.setCellFactory(view -> new MatchCell());
        list.setPrefHeight(320);
        list.setFocusTraversable(false);
        viewModel.matches().addListener((javafx.collections.ListChangeListener<SwitcherMatch>) change -> {
            list.getSelectionModel().selectFirst();
            updateHint();
            if (chooseWhenAnswered && viewModel.upToDate()) {
                chooseWhenAnswered = false;
                choose(open, create);
            }
        });
        field.textProperty().addListener((property, old, typed) -> updateHint());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
                int step = event.getCode() == KeyCode.DOWN ? 1 : -1;
                int index = list.getSelectionModel().getSelectedIndex() + step;
                if (index >= 0 && index < list.getItems().size()) {
                    list.getSelectionModel().select(index);
                    list.scrollTo(index);
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                choose(open, create);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> choose(open, create));
        VBox root = new VBox(6, field, hint, list);
        root.setId("quickSwitcher");
        root.setPadding(new Insets(8));
        Scene scene = new Scene(root, 520, 400);
        styling.accept(scene);
        stage.setScene(scene);
        stage.setTitle("Go to entry");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.focusedProperty().addListener((property, was, focused) -> {
            if (!focused) {
                stage.hide();
            }
        });
    }

    public void show() {
        chooseWhenAnswered = false;
        viewModel.textProperty().set("");
        viewModel.refresh();
        Window owner = stage.getOwner();
        stage.setX(owner.getX() + (owner.getWidth() - 520) / 2);
        stage.setY(owner.getY() + 80);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        field.requestFocus();
    }

    private void choose(Consumer<UUID> open, Consumer<String> create) {
        SwitcherMatch chosen = list.getSelectionModel().getSelectedItem();
        if (!viewModel.upToDate()) {
            chooseWhenAnswered = true; // the list still shows an older text's matches: wait for the fresh ones
            return;
        }
        if (chosen != null) {
            stage.hide();
            open.accept(chosen.id());
        } else if (!viewModel.newTitle().isEmpty()) {
            stage.hide();
            create.accept(viewModel.newTitle());
        }
    }

    private void updateHint() {
        boolean none = viewModel.matches().isEmpty() && !viewModel.newTitle().isEmpty();
        hint.setText(none ? "No entry matches. Enter creates the note \u201c" + viewModel.newTitle() + "\u201d."
                : "Enter opens \u00b7 \u2191\u2193 choose \u00b7 Esc closes");
    }

    /** A match: the title, the kind, and the alias when it was the alias that matched. */
    private static final class MatchCell extends ListCell<SwitcherMatch> {
        @Override
        protected void updateItem(SwitcherMatch match, boolean empty) {
            super.updateItem(match, empty);
            setText(empty || match == null ? null : match.title() + "  \u00b7 " + match.kind().displayName()
                    + (match.alias() == null ? "" : "  (alias: " + match.alias() + ")"));
        }
    }
}
