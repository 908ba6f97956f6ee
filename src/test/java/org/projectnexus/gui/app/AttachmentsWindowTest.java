package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.paint.Color;
import javafx.scene.web.WebView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.editor.EditorView;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Attachment;

/** Issue 24 in the real window: paste a picture, drop a file, Attach file…, complete after {@code ![[}. */
class AttachmentsWindowTest extends NexusWindowTest {

    @TempDir
    Path files;

    @BeforeEach
    void start() throws Exception {
        startNexus();
    }

    private CodeArea body() {
        return robot.lookup("#bodyField").query();
    }

    private void caretAtEnd() {
        click.on("#bodyField").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
    }

    private int previewNumber(String script) throws Exception {
        WebView view = robot.lookup("#previewWebView").query();
        return Clicks.onFxThread(() -> {
            Object value = view.getEngine().executeScript(script);
            return value instanceof Number number ? number.intValue() : -1;
        });
    }

    @Test
    void aPastedPictureIsKeptAsAPngEmbeddedAtTheCaretAndShownInThePreview() throws Exception {
        Clicks.onFxThread(() -> {
            WritableImage picture = new WritableImage(6, 4);
            for (int x = 0; x < 6; x++) {
                for (int y = 0; y < 4; y++) {
                    picture.getPixelWriter().setColor(x, y, Color.CORNFLOWERBLUE);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(picture);
            Clipboard.getSystemClipboard().setContent(content);
            return null;
        });
        caretAtEnd();
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        waitUntil(() -> body().getText().matches("(?s).*\n!\\[\\[Pasted image \\d{4}-\\d\\d-\\d\\d \\d\\d\\.\\d\\d\\.\\d\\d\\.png]]\n"));
        waitUntil(() -> previewNumber("(function(){var i=document.querySelector('img.attachment');"
                + "return i ? i.naturalWidth : -1;})()") == 6);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        closeNexus();

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Attachment pasted = knowledgeBase.attachments().list().get(0);
            assertThat(pasted.name()).startsWith("Pasted image ").endsWith(".png");
            assertThat(pasted.mediaType()).isEqualTo("image/png");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            knowledgeBase.attachments().copyTo(pasted.name(), bytes);
            assertThat(bytes.toByteArray()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(knowledgeBase.attachments().listWithUses().get(0).unused()).isFalse();
        }
    }

    @Test
    void aFileDroppedOnTheEditorIsAttachedNotImportedAndCompletionOffersItsName() throws Exception {
        Path pdf = Files.write(files.resolve("Quarterly report.pdf"), "%PDF-1.4 numbers".getBytes());
        caretAtEnd();
        Clicks.onFxThread(() -> {
            Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(
                    com.sun.javafx.tk.Toolkit.getToolkit().createLocalClipboard());
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(pdf.toFile()));
            board.setContent(content);
            Event.fireEvent(body(), new DragEvent(DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10, TransferMode.COPY,
                    null, null, null));
            return null;
        });
        waitUntil(() -> body().getText().endsWith("\n![[Quarterly report.pdf]]\n"));
        waitUntil(() -> previewNumber("document.querySelectorAll('a.attachment-file').length") == 1);

        robot.write("See ![[Quar");
        waitUntil(() -> robot.lookup("#completionList").tryQuery()
                .map(node -> ((ListView<?>) node).getItems().contains("Quarterly report.pdf")
                        && node.getScene().getWindow().isShowing()).orElse(false));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> body().getText().endsWith("See ![[Quarterly report.pdf]]"));
    }

    @Test
    void attachFileEmbedsEachChosenFile() throws Exception {
        Path one = Files.write(files.resolve("one.txt"), "one".getBytes());
        Path two = Files.write(files.resolve("two.csv"), "a,b".getBytes());
        caretAtEnd();
        Clicks.onFxThread(() -> {
            robot.lookup(".editor").<EditorView>query().attachFiles(List.of(one, two));
            return null;
        });
        waitUntil(() -> body().getText().endsWith("\n![[one.txt]]\n![[two.csv]]\n"));
    }
}
