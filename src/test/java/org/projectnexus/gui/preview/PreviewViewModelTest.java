package org.projectnexus.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * How the preview follows typing: renders are coalesced (a burst of keys costs one more render, never one per
 * key), and every finished render of the open entry is shown, so steady typing that is faster than a render
 * still moves the preview on after each render instead of leaving it behind until typing pauses.
 */
class PreviewViewModelTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;
    private final Lane lane = new Lane();
    /** What the view model told the user went wrong. */
    private final java.util.List<String> problems = new java.util.ArrayList<>();
    private PreviewViewModel preview;

    /** Holds work until the test lets it run, as if each render took as long as the test wants. */
    private static final class Lane implements BackgroundExecutor {
        private final Deque<Runnable> waiting = new ArrayDeque<>();
        /** Runs each piece of work once the test lets it. */
        private final ImmediateExecutor released = new ImmediateExecutor();
        int renders;

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            if (description.startsWith("render")) {
                renders++;
            }
            waiting.add(() -> released.run(description, work, onSuccess, onFailure));
        }

        /** Finishes the oldest piece of work and delivers its result. */
        void finishNext() {
            waiting.removeFirst().run();
        }

        int queued() {
            return waiting.size();
        }

        @Override
        public <T> org.projectnexus.gui.concurrency.Running run(String description,
                org.projectnexus.gui.concurrency.ReportingTask.Work<T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            return released.run(description, work, onSuccess, onFailure);
        }

        @Override
        public void onFxThread(Runnable action) {
            released.onFxThread(action);
        }

        @Override
        public void shutdownAfter(Runnable last) {
            last.run();
        }
    }

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        preview = new PreviewViewModel(knowledgeBase, lane, problems::add);
    }

    @Test
    void thePageShellIsPreparedOnceAndOnlyWhenTheViewAsks() {
        assertThat(lane.queued()).isZero(); // nothing before the window's first frame
        preview.prepareShell();
        preview.prepareShell();
        assertThat(lane.queued()).isEqualTo(1);
        lane.finishNext();
        assertThat(preview.shellProperty().get()).contains("Content-Security-Policy");
        assertThat(problems).isEmpty();
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry note(String title, String body) {
        return knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body);
    }

    private String shownBody() {
        return preview.pageProperty().get() == null ? null : preview.pageProperty().get().entry().body();
    }

    @Test
    void aBurstOfKeysDuringARenderCostsOneMoreRender() {
        Entry typed = note("Burst", "a");
        preview.show(typed);
        for (String body : new String[] {"ab", "abc", "abcd", "abcde"}) {
            typed = typed.withText("Burst", body);
            preview.show(typed);
        }
        assertThat(lane.queued()).isEqualTo(1);

        lane.finishNext();
        lane.finishNext();

        assertThat(lane.renders).isEqualTo(2);
        assertThat(lane.queued()).isZero();
        assertThat(shownBody()).isEqualTo("abcde");
        assertThat(preview.pageProperty().get().html()).contains("abcde");
    }

    @Test
    void aRenderThatNewerTextOvertookIsStillShownWhileTheNewerOneRenders() {
        Entry typed = note("Steady typing", "one");
        preview.show(typed);
        typed = typed.withText("Steady typing", "one two");
        preview.show(typed);

        lane.finishNext();
        assertThat(shownBody()).isEqualTo("one");
        typed = typed.withText("Steady typing", "one two three");
        preview.show(typed);
        lane.finishNext();
        assertThat(shownBody()).isEqualTo("one two");
        lane.finishNext();
        assertThat(shownBody()).isEqualTo("one two three");
        assertThat(lane.queued()).isZero();
    }

    @Test
    void aRenderOfAnEntryThatIsNoLongerOpenIsNotShown() {
        preview.show(note("First", "first body"));
        Entry second = note("Second", "second body");
        preview.show(second);

        lane.finishNext();
        assertThat(preview.pageProperty().get()).isNull();
        lane.finishNext();
        assertThat(shownBody()).isEqualTo("second body");
    }

    @Test
    void closingTheEntryWhileItRendersShowsNothing() {
        preview.show(note("Closed", "text"));
        preview.show(null);

        lane.finishNext();

        assertThat(preview.pageProperty().get()).isNull();
        assertThat(lane.queued()).isZero();
    }
}
