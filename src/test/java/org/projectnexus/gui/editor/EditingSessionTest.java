package org.projectnexus.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 25, point 2: the editor's saves make one version per editing session; a long pause starts a new one. */
class EditingSessionTest {

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
    void autosavesWithinASessionKeepOneVersionAndAPauseOrAnotherEntryStartsTheNext() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry entry = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Draft"));
            Entry other = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Other"));
            AtomicLong now = new AtomicLong(1_000_000);
            EditorViewModel editor = onFx(() -> new EditorViewModel(knowledgeBase, new ImmediateExecutor(),
                    Duration.millis(200), now::get));
            onFx(() -> {
                editor.open(entry);
                for (String body : new String[] {"See", "See [[RE", "See [[Redis]]"}) {
                    now.addAndGet(2_000);
                    editor.bodyProperty().set(body);
                    editor.save();
                }
                return null;
            });
            assertThat(knowledgeBase.entries().find(entry.id()).orElseThrow().body()).isEqualTo("See [[Redis]]");
            assertThat(knowledgeBase.safety().history(entry.id())).extracting(revision -> revision.entry().body())
                    .containsExactly("");

            onFx(() -> {
                now.addAndGet(EditorViewModel.SESSION_PAUSE.toMillis() + 1);
                editor.bodyProperty().set("See [[Redis]] after lunch");
                editor.save();
                editor.open(other);
                editor.open(knowledgeBase.entries().find(entry.id()).orElseThrow());
                editor.bodyProperty().set("Next day");
                editor.save();
                return null;
            });
            assertThat(knowledgeBase.safety().history(entry.id())).extracting(revision -> revision.entry().body())
                    .containsExactly("See [[Redis]] after lunch", "See [[Redis]]", "");
        }
    }
}
