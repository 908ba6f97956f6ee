package org.projectnexus.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A save that fails is loud, keeps the text, and is tried again; nothing says "saved" that is not. */
class SaveFailureTest {

    @TempDir
    Path home;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSaveIntoAClosedDatabaseTurnsRedKeepsTheTextAndIsRetried() throws Exception {
        KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        Entry entry = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Draft"));
        ImmediateExecutor background = new ImmediateExecutor(); // runs on the calling (FX) thread
        EditorViewModel editor = onFx(() -> new EditorViewModel(knowledgeBase, background, Duration.millis(200)));
        onFx(() -> {
            editor.open(entry);
            return null;
        });
        knowledgeBase.close(); // as if the disk went away under the running window

        onFx(() -> {
            editor.bodyProperty().set("words that must not be lost");
            editor.save();
            return null;
        });
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(editor.saveErrorProperty().get()).contains("could not be");
        assertThat(editor.bodyProperty().get()).isEqualTo("words that must not be lost");
        assertThat(editor.hasUnsavedChanges()).isTrue();

        long triedSoFar = background.count("save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> background.count("save") > triedSoFar);
        // The retry is counted as it starts, on the FX thread: let it finish there before reading its outcome.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(editor.failedAttemptsProperty().get()).isGreaterThanOrEqualTo(2);
        assertThat(editor.bodyProperty().get()).isEqualTo("words that must not be lost");
        onFx(() -> {
            editor.close();
            return null;
        });
    }

    @Test
    void aSaveBlockedForAWhileIsRetriedUntilItIsStoredAndOnlyThenSaysSaved() throws Exception {
        KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        Entry entry = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Draft"));
        ImmediateExecutor background = new ImmediateExecutor(); // runs on the calling (FX) thread
        EditorViewModel editor = onFx(() -> new EditorViewModel(knowledgeBase, background, Duration.millis(200)));
        onFx(() -> {
            editor.open(entry);
            return null;
        });
        // Another connection holds the entry's row locked, so saves time out until it lets go.
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + home.toAbsolutePath().resolve("nexus"), "nexus", "")) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("SELECT * FROM entry WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, entry.id());
                lock.executeQuery().close();
            }
            onFx(() -> {
                editor.bodyProperty().set("kept through the failure");
                editor.save();
                return null;
            });
            assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
            other.rollback();
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editor.saveStateProperty().get() == SaveState.SAVED);
        assertThat(knowledgeBase.entries().find(entry.id()).orElseThrow().body()).isEqualTo("kept through the failure");
        assertThat(editor.failedAttemptsProperty().get()).isZero();
        knowledgeBase.close();
    }
}
