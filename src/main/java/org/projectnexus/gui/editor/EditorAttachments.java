package org.projectnexus.gui.editor;

import java.io.File;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import org.fxmisc.richtext.CodeArea;

/**
 * Files into the Markdown editor (issue 24): an image pasted from the clipboard (Ctrl+V when the clipboard holds a
 * picture and no text), files pasted or dropped onto the editor. Each is attached to the open entry in the
 * background, then its embed is inserted at the caret. Dropping files anywhere else in the window still imports them:
 * a drop handled here goes no further.
 */
final class EditorAttachments {

    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private final CodeArea area;
    private final Attaching attaching;
    private final Clipboard clipboard;

    private EditorAttachments(CodeArea area, Attaching attaching, Clipboard clipboard) {
        this.area = area;
        this.attaching = attaching;
        this.clipboard = clipboard;
    }

    static EditorAttachments install(CodeArea area, Attaching attaching) {
        EditorAttachments handlers = new EditorAttachments(area, attaching, Clipboard.getSystemClipboard());
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PASTE.match(event) || event.getCode() == KeyCode.INSERT && event.isShiftDown()) {
                if (handlers.pasteAttachment()) {
                    event.consume();
                }
            }
        });
        area.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        area.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            if (event.getDragboard().hasFiles()) {
                handlers.attachFiles(event.getDragboard().getFiles());
                event.setDropCompleted(true);
                event.consume(); // not an import
            }
        });
        return handlers;
    }

    /** Pastes the clipboard's picture or files as attachments; false when it holds text (an ordinary paste). */
    boolean pasteAttachment() {
        if (clipboard.hasString() && !clipboard.getString().isEmpty()) {
            return false;
        }
        if (clipboard.hasFiles()) {
            attachFiles(clipboard.getFiles());
            return true;
        }
        if (clipboard.hasImage() && clipboard.getImage() != null) {
            pasteImage(clipboard.getImage());
            return true;
        }
        return false;
    }

    /** Reads the picture's pixels here (a copy in memory, quick); it is encoded as PNG in the background. */
    void pasteImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        if (width <= 0 || height <= 0 || image.getPixelReader() == null) {
            return;
        }
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        attaching.attachPastedImage(width, height, argb, this::insertAtCaret);
    }

    void attachFiles(List<File> files) {
        attaching.attachFiles(files.stream().map(File::toPath).toList(),
                embeds -> insertAtCaret(String.join("\n", embeds)));
    }

    /** The embed goes where the caret is now, on a line of its own when the caret is inside a line. */
    private void insertAtCaret(String embed) {
        if (embed.isEmpty()) {
            return;
        }
        int caret = area.getCaretPosition();
        boolean lineStart = caret == 0 || area.getText(caret - 1, caret).equals("\n");
        area.insertText(caret, (lineStart ? "" : "\n") + embed + "\n");
        area.requestFocus();
    }
}
