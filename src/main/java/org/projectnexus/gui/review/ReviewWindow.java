package org.projectnexus.gui.review;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.projectnexus.model.Entry;
import org.projectnexus.model.ReviewRating;

/**
 * Review mode in a window of its own: the entry due, as the preview shows it, and four answers (keys 1 to 4), or
 * "Edit" to open it in the main window's editor. It reads the entry again when it gets the focus back.
 */
public final class ReviewWindow {

    private final Stage stage = new Stage();
    private final ReviewViewModel viewModel;

    public ReviewWindow(ReviewViewModel viewModel, Consumer<UUID> edit, Window owner, Consumer<Scene> style) {
        this.viewModel = viewModel;
        WebView page = new WebView();
        page.setId("reviewPage");
        page.setContextMenuEnabled(false);
        viewModel.pageProperty().addListener((property, old, html) -> page.getEngine().loadContent(html));
        Label remaining = new Label();
        remaining.setId("reviewRemaining");
        remaining.textProperty().bind(Bindings.createStringBinding(() -> viewModel.remainingProperty().get()
                + " due today", viewModel.remainingProperty()));
        Label message = new Label();
        message.setId("reviewMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        Label title = new Label();
        title.setId("reviewTitle");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.currentProperty().get() == null ? ""
                : viewModel.currentProperty().get().title(), viewModel.currentProperty()));
        VBox top = new VBox(4, new HBox(12, remaining, title), message);
        top.setPadding(new Insets(8));

        HBox answers = new HBox(8);
        answers.setAlignment(Pos.CENTER_LEFT);
        answers.setPadding(new Insets(8));
        answers.getChildren().add(new Label("How well did you remember it?"));
        for (ReviewRating rating : ReviewRating.values()) {
            Button answer = new Button(rating.grade() + " · " + capitalised(rating.word()));
            answer.setId("rate" + capitalised(rating.word()));
            answer.getStyleClass().add("review-answer");
            answer.setOnAction(event -> viewModel.rate(rating));
            answer.disableProperty().bind(viewModel.currentProperty().isNull());
            answers.getChildren().add(answer);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button editButton = new Button("Edit");
        editButton.setId("reviewEdit");
        editButton.disableProperty().bind(viewModel.currentProperty().isNull());
        editButton.setOnAction(event -> {
            Entry entry = viewModel.currentProperty().get();
            if (entry != null) {
                edit.accept(entry.id());
            }
        });
        answers.getChildren().addAll(gap, editButton);

        BorderPane root = new BorderPane(page);
        root.getStyleClass().add("review-mode");
        root.setTop(top);
        root.setBottom(answers);
        Scene scene = new Scene(root, 820, 620);
        scene.setOnKeyPressed(event -> {
            KeyCode key = event.getCode();
            if (key == KeyCode.ESCAPE || key == KeyCode.W && event.isShortcutDown()) {
                stage.close(); // as every other window of Nexus: Esc or Ctrl+W ends the review
                event.consume();
            } else if (key.isDigitKey() && key.getChar().length() == 1) {
                int grade = key.getChar().charAt(0) - '0';
                if (grade >= 1 && grade <= 4) {
                    viewModel.rate(ReviewRating.values()[grade - 1]);
                    event.consume();
                }
            }
        });
        style.accept(scene);
        stage.setScene(scene);
        stage.setTitle("Nexus review");
        stage.initOwner(owner);
        stage.focusedProperty().addListener((property, was, focused) -> {
            if (focused && !was) {
                viewModel.refresh();
            }
        });
    }

    /** Shows the window and reads what is due today. */
    public void show() {
        viewModel.start();
        stage.show();
        stage.toFront();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
