package org.projectnexus.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor hands every edit to the model's text (change by change) and shows text the model is given. */
class MarkdownEditorTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyKindOfEditReachesTheModelText() throws Exception {
        StringProperty text = new SimpleStringProperty("# Title\n\nFirst line.\nSecond line.\n");
        MarkdownEditor editor = onFx(() -> new MarkdownEditor(text, new ImmediateExecutor()));
        CodeArea area = editor.area();

        onFx(() -> {
            area.insertText(area.getLength(), "Typed at the end.");
            area.insertText(0, "> ");
            area.deleteText(2, 4);
            area.replaceText(9, 14, "Erste");
            area.replaceSelection("");
            area.selectRange(0, 1);
            area.replaceSelection("»");
            area.insertText(area.getLength(), "\n\nä€😀 non-Latin-1 too");
            return null;
        });
        String shown = onFx(() -> area.getText());
        assertThat(text.get()).isEqualTo(shown);

        onFx(() -> {
            area.undo();
            area.undo();
            area.redo();
            area.deleteText(0, area.getLength());
            area.insertText(0, "again");
            return null;
        });
        String shownAgain = onFx(() -> area.getText());
        assertThat(text.get()).isEqualTo("again").isEqualTo(shownAgain);
    }

    /** The editor is made when the first entry opens (EditorView): that entry's text is not an edit to undo. */
    @Test
    void theTextAnEditorStartsWithCannotBeUndoneAway() throws Exception {
        StringProperty text = new SimpleStringProperty("The first entry opened.");
        MarkdownEditor editor = onFx(() -> new MarkdownEditor(text, new ImmediateExecutor()));
        CodeArea area = editor.area();

        boolean undoable = onFx(() -> {
            area.undo();
            return area.getUndoManager().isUndoAvailable();
        });
        assertThat(undoable).isFalse();
        assertThat(onFx(() -> area.getText())).isEqualTo("The first entry opened.");
        assertThat(text.get()).isEqualTo("The first entry opened.");
    }

    @Test
    void textSetOnTheModelIsShownAndFurtherEditsFollowIt() throws Exception {
        StringProperty text = new SimpleStringProperty("old");
        MarkdownEditor editor = onFx(() -> new MarkdownEditor(text, new ImmediateExecutor()));
        CodeArea area = editor.area();

        onFx(() -> {
            text.set("another entry's body");
            area.insertText(area.getLength(), "!");
            return null;
        });

        String shown = onFx(() -> area.getText());
        assertThat(shown).isEqualTo("another entry's body!");
        assertThat(text.get()).isEqualTo("another entry's body!");
    }
}
