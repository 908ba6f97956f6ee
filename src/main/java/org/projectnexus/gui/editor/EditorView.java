package org.projectnexus.gui.editor;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.TakeawayCategory;

/**
 * The editor of the open entry: its title, the fields of its kind, and the Markdown body in a monospace area.
 * Everything is bound to the {@link EditorViewModel}; the view holds no state of its own.
 */
public final class EditorView extends VBox {

    private final TextField title = new TextField();
    private final Label kindBadge = new Label();
    /**
     * Holds the Markdown editor (RichTextFX's CodeArea, the costliest control of the window to build), made when the
     * first entry opens: until then the empty state shows, and the window's first frame does not wait for it.
     */
    private final StackPane bodySlot = new StackPane();
    private final Label emptyState = new Label("No entry open. Create one with Ctrl+N.");
    private MarkdownEditor body;
    /** Files into the body; null until the body editor is made. */
    private EditorAttachments bodyAttachments;

    public EditorView(EditorViewModel viewModel, org.projectnexus.gui.concurrency.BackgroundExecutor background,
                      java.util.function.Function<String, java.util.List<String>> titles,
                      java.util.function.Function<String, java.util.List<String>> tags) {
        this(viewModel, background, titles, tags, Attaching.NONE);
    }

    /** With {@code attaching}: pasted images and dropped files become attachments of the open entry (issue 24). */
    public EditorView(EditorViewModel viewModel, org.projectnexus.gui.concurrency.BackgroundExecutor background,
                      java.util.function.Function<String, java.util.List<String>> titles,
                      java.util.function.Function<String, java.util.List<String>> tags, Attaching attaching) {
        getStyleClass().add("editor");
        setSpacing(8);
        setPadding(new Insets(10));
        title.setId("titleField");
        title.getStyleClass().add("title-field");
        title.setPromptText("Title");
        kindBadge.getStyleClass().add("kind-badge");
        title.textProperty().bindBidirectional(viewModel.titleProperty());

        HBox heading = new HBox(8, kindBadge, title);
        HBox.setHgrow(title, Priority.ALWAYS);
        // A challenge's and a takeaway's own fields are made when the first entry of that kind opens, like the body.
        StackPane challengeFields = new StackPane();
        StackPane takeawayFields = new StackPane();
        VBox.setVgrow(bodySlot, Priority.ALWAYS);
        emptyState.getStyleClass().add("empty-state");
        getChildren().addAll(emptyState, heading, challengeFields, takeawayFields, bodySlot);

        var entry = viewModel.storedProperty();
        showWhen(emptyState, Bindings.createBooleanBinding(() -> entry.get() == null, entry));
        showWhen(heading, Bindings.createBooleanBinding(() -> entry.get() != null, entry));
        showWhen(bodySlot, Bindings.createBooleanBinding(() -> entry.get() != null, entry));
        java.util.function.Consumer<Entry> buildFor = opened -> {
            if (opened == null) {
                return;
            }
            fillOnce(bodySlot, () -> {
                MarkdownEditor body = new MarkdownEditor(viewModel.bodyProperty(), background);
                new CompletionPopup(body.area(), titles, tags, attaching::completeNames);
                bodyAttachments = EditorAttachments.install(body.area(), attaching);
                this.body = body;
                return body;
            });
            // The body under a challenge's problem and solution holds the rest: say so, as its placeholder.
            body.setPlaceholder(opened.kind() == EntryKind.CHALLENGE ? "Notes, context, what you tried (Markdown)"
                    : "Write in Markdown: [[ links an entry, # tags it.");
            if (opened.kind() == EntryKind.CHALLENGE) {
                fillOnce(challengeFields, () -> challengeFields(viewModel, background, titles, tags));
            }
            if (opened.kind() == EntryKind.TAKEAWAY) {
                fillOnce(takeawayFields, () -> takeawayFields(viewModel));
            }
        };
        buildFor.accept(entry.get());
        entry.addListener((property, old, opened) -> buildFor.accept(opened));
        showWhen(challengeFields, isKind(viewModel, EntryKind.CHALLENGE));
        showWhen(takeawayFields, isKind(viewModel, EntryKind.TAKEAWAY));
        kindBadge.textProperty().bind(Bindings.createStringBinding(
                () -> entry.get() == null ? "" : entry.get().kind().displayName(), entry));
    }

    /** Puts the node {@code build} makes into {@code slot}, the first time only. */
    private static void fillOnce(StackPane slot, java.util.function.Supplier<javafx.scene.Node> build) {
        if (slot.getChildren().isEmpty()) {
            slot.getChildren().add(build.get());
        }
    }

    /**
     * Status, problem and solution. The problem and the solution are the heart of a challenge: they get the body's
     * editor (colours, {@code [[}/{@code #} completion, link paste), a few lines high.
     */
    private static GridPane challengeFields(EditorViewModel viewModel, BackgroundExecutor background,
                                            Function<String, List<String>> titles,
                                            Function<String, List<String>> tags) {
        MarkdownEditor problem = markdownField(viewModel.problemProperty(), background, "problemField",
                "What went wrong? (Markdown)", titles, tags);
        MarkdownEditor solution = markdownField(viewModel.solutionProperty(), background, "solutionField",
                "What worked? (Markdown)", titles, tags);
        ComboBox<ChallengeStatus> status = new ComboBox<>();
        status.setId("statusField");
        status.getItems().setAll(ChallengeStatus.values());
        status.setConverter(new LabelConverter<>(ChallengeStatus::displayName));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label("Status"), status);
        fields.addRow(1, new Label("Problem"), problem);
        fields.addRow(2, new Label("Solution"), solution);
        fields.addRow(3, new Label("Notes"));
        GridPane.setHgrow(problem, Priority.ALWAYS);
        GridPane.setHgrow(solution, Priority.ALWAYS);
        return fields;
    }

    private static MarkdownEditor markdownField(javafx.beans.property.StringProperty text, BackgroundExecutor background,
                                                String id, String hint, Function<String, List<String>> titles,
                                                Function<String, List<String>> tags) {
        MarkdownEditor field = new MarkdownEditor(text, background, id);
        field.getStyleClass().add("markdown-field");
        field.setPrefHeight(96);
        field.setMinHeight(72);
        field.setPlaceholder(hint);
        new CompletionPopup(field.area(), titles, tags);
        return field;
    }

    private static HBox takeawayFields(EditorViewModel viewModel) {
        ComboBox<TakeawayCategory> category = new ComboBox<>();
        category.setId("categoryField");
        category.getItems().setAll(TakeawayCategory.values());
        category.setConverter(new LabelConverter<>(TakeawayCategory::displayName));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        return new HBox(8, new Label("Category"), category);
    }

    /** Edit ▸ Attach file…: attaches the files to the open entry and embeds them at the body's caret. */
    public void attachFiles(java.util.List<java.nio.file.Path> files) {
        if (bodyAttachments != null) {
            bodyAttachments.attachFiles(files.stream().map(java.nio.file.Path::toFile).toList());
        }
    }

    public void focusTitle() {
        title.requestFocus();
        // After the closing menu has handed focus back; selecting at once would be undone by it.
        javafx.application.Platform.runLater(title::selectAll);
    }

    private static javafx.beans.binding.BooleanBinding isKind(EditorViewModel viewModel, EntryKind kind) {
        var entry = viewModel.storedProperty();
        return Bindings.createBooleanBinding(() -> {
            Entry open = entry.get();
            return open != null && open.kind() == kind;
        }, entry);
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Shows enum values by their label; the combo boxes are not editable, so labels are never parsed back. */
    private static final class LabelConverter<T> extends javafx.util.StringConverter<T> {
        private final java.util.function.Function<T, String> label;

        LabelConverter(java.util.function.Function<T, String> label) {
            this.label = label;
        }

        @Override
        public String toString(T value) {
            return value == null ? "" : label.apply(value);
        }

        @Override
        public T fromString(String text) {
            throw new UnsupportedOperationException("not editable");
        }
    }
}
