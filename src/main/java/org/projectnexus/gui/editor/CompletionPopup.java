package org.projectnexus.gui.editor;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * Completion in the Markdown editor, as Obsidian does it: after {@code [[} it offers entry titles, after
 * {@code ![[} attachment names, after {@code #} the tags in use, both narrowed by what follows. Up/Down choose, Enter or Tab insert, Esc closes.
 */
final class CompletionPopup {

    private static final Pattern LINK_BEFORE_CARET = Pattern.compile("\\[\\[([^\\[\\]|#\\n]*)$");
    private static final Pattern TAG_BEFORE_CARET =
            Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_/&#\\-])#([\\p{L}\\p{M}\\p{N}_/\\-]*)$");
    private static final int LOOK_BACK = 200;
    private static final int MAX_SHOWN = 12;

    private final CodeArea area;
    private final Function<String, List<String>> titles;
    private final Function<String, List<String>> tags;
    /** Attachment names, offered after {@code ![[} (issue 24). */
    private final Function<String, List<String>> attachments;
    private final Popup popup = new Popup();
    private final ListView<String> choices = new ListView<>();
    private int queryStart;
    private boolean link;

    CompletionPopup(CodeArea area, Function<String, List<String>> titles, Function<String, List<String>> tags) {
        this(area, titles, tags, query -> List.of());
    }

    CompletionPopup(CodeArea area, Function<String, List<String>> titles, Function<String, List<String>> tags,
                    Function<String, List<String>> attachments) {
        this.attachments = attachments;
        this.area = area;
        this.titles = titles;
        this.tags = tags;
        choices.setId("completionList");
        choices.getStyleClass().add("completion-list");
        choices.setFixedCellSize(26);
        choices.setPrefWidth(320);
        choices.setOnMouseClicked(event -> accept());
        popup.getContent().add(choices);
        popup.setAutoHide(true);
        // The list opens while the user types after [[ or #, as in Obsidian: not when a click or an arrow key puts
        // the caret inside an existing link, where it took End, Enter and the arrows from the editor. Once open, it
        // follows the caret, and closes when the caret leaves the link or tag. The caret moves after the text
        // changes, so the check waits for it.
        area.multiPlainChanges().subscribe(changes -> Platform.runLater(this::update));
        area.caretPositionProperty().addListener((property, old, caret) -> {
            if (popup.isShowing()) {
                update();
            }
        });
        // A showing popup gets the owner window's key events first (JavaFX redirects them), so the keys that
        // drive the list are taken where they arrive: in the list, or in the editor when it has them.
        choices.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void update() {
        if (!area.isFocused()) {
            popup.hide();
            return;
        }
        int caret = area.getCaretPosition();
        String before = area.getText(Math.max(0, caret - LOOK_BACK), caret);
        Matcher linkMatch = LINK_BEFORE_CARET.matcher(before);
        Matcher tagMatch = TAG_BEFORE_CARET.matcher(before);
        List<String> found;
        if (linkMatch.find()) {
            link = true;
            queryStart = caret - linkMatch.group(1).length();
            int brackets = linkMatch.start();
            boolean embed = brackets > 0 && before.charAt(brackets - 1) == '!';
            found = embed ? attachments.apply(linkMatch.group(1)) : titles.apply(linkMatch.group(1));
        } else if (tagMatch.find()) {
            link = false;
            queryStart = caret - tagMatch.group(1).length();
            found = tags.apply(tagMatch.group(1));
        } else {
            popup.hide();
            return;
        }
        if (found.isEmpty()) {
            popup.hide();
            return;
        }
        choices.getItems().setAll(found.subList(0, Math.min(MAX_SHOWN, found.size())));
        choices.setPrefHeight(choices.getItems().size() * choices.getFixedCellSize() + 4);
        choices.getSelectionModel().selectFirst();
        area.getCaretBounds().ifPresent(bounds -> popup.show(area, bounds.getMinX(), bounds.getMaxY() + 2));
    }

    private void keyPressed(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int index = choices.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
            choices.getSelectionModel().select(Math.max(0, Math.min(choices.getItems().size() - 1, index)));
            choices.scrollTo(choices.getSelectionModel().getSelectedIndex());
            event.consume();
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            accept();
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            popup.hide();
            event.consume();
        }
    }

    private void accept() {
        String choice = choices.getSelectionModel().getSelectedItem();
        if (choice == null) {
            return;
        }
        int caret = area.getCaretPosition();
        boolean closed = link && area.getText(caret, Math.min(area.getLength(), caret + 2)).equals("]]");
        area.replaceText(queryStart, caret, link && !closed ? choice + "]]" : choice);
        if (closed) {
            area.moveTo(area.getCaretPosition() + 2);
        }
        popup.hide();
    }
}
