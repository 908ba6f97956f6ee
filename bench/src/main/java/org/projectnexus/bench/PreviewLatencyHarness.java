package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.projectnexus.gui.FxBackgroundExecutor;
import org.projectnexus.gui.editor.EditorViewModel;
import org.projectnexus.gui.editor.MarkdownEditor;
import org.projectnexus.gui.preview.PreviewBridge;
import org.projectnexus.gui.preview.PreviewView;
import org.projectnexus.gui.preview.PreviewViewModel;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * Keystroke to preview, measured in the real editor and the real preview (headless JavaFX, software rendering):
 * a key is typed into the editor every few milliseconds; a key's latency is the time until the preview's
 * document first contains it. Also measures the longest the FX thread went without a frame while typing,
 * which is what a user feels as a stall. Prints a table.
 */
public final class PreviewLatencyHarness {

    private static final int KEYS = 150;

    private PreviewLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path home = Files.createTempDirectory("nexus-latency");
        KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        FxBackgroundExecutor background = new FxBackgroundExecutor();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        System.out.printf("%-7s %-8s %6s %9s %9s %9s %14s %10s%n", "note", "key gap", "keys", "p50 ms", "p95 ms",
                "max ms", "longest frame", "kept up");
        FxBackgroundExecutor rendering = new FxBackgroundExecutor("nexus-rendering");
        Window window = new Window(knowledgeBase, background, rendering);
        int[] sizes = args.length > 0 && args[0].equals("50k") ? new int[] {51_200} : new int[] {51_200, 1_048_576};
        for (int size : sizes) {
            for (int gapMillis : new int[] {100, 30}) {
                measure(knowledgeBase, window, size, gapMillis);
            }
        }
        rendering.shutdownAfter(() -> { });
        background.shutdownAfter(knowledgeBase::close);
        Platform.exit();
    }

    /** The editor and the preview, as the main window joins them, in one stage for every run. */
    private static final class Window {
        final EditorViewModel editor;
        final MarkdownEditor editorView;
        volatile Listener listener = page -> { };

        interface Listener {
            void shown(PreviewViewModel.Page page);
        }

        Window(KnowledgeBase knowledgeBase, FxBackgroundExecutor background, FxBackgroundExecutor rendering)
                throws Exception {
            editor = onFx(() -> new EditorViewModel(knowledgeBase, background));
            editorView = onFx(() -> {
                PreviewViewModel preview = new PreviewViewModel(knowledgeBase, rendering);
                editor.currentProperty().addListener((property, old, now) -> preview.show(now));
                PreviewView view = new PreviewView(preview, new PreviewBridge(new PreviewBridge.Navigator() {
                    @Override
                    public void openEntry(String title, String heading) {
                    }

                    @Override
                    public void filterByTag(String tag) {
                    }

                    @Override
                    public void openInBrowser(String url) {
                    }
                }));
                view.shownPageProperty().addListener((property, old, page) -> {
                    if (page != null) {
                        listener.shown(page);
                    }
                });
                MarkdownEditor markdown = new MarkdownEditor(editor.bodyProperty(), rendering);
                Stage stage = new Stage();
                stage.setScene(new Scene(new SplitPane(markdown, view), 1280, 800));
                stage.show();
                return markdown;
            });
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    private static void measure(KnowledgeBase knowledgeBase, Window window, int size, int gapMillis) throws Exception {
        Entry entry = knowledgeBase.add(knowledgeBase.draft(EntryKind.NOTE, "Latency " + size + " " + gapMillis)
                .withText("Latency " + size + " " + gapMillis, NoteGenerator.note(size, 7, false)));
        int initialLength = entry.body().length();
        long[] typedAt = new long[KEYS];
        long[] latency = new long[KEYS];
        Arrays.fill(latency, -1);
        AtomicLong longestFrame = new AtomicLong();
        CountDownLatch firstPage = new CountDownLatch(1);
        window.listener = page -> {
            if (!page.entryId().equals(entry.id())) {
                return;
            }
            long now = System.nanoTime();
            int covered = page.entry().body().length() - initialLength;
            for (int i = 0; i < Math.min(covered, KEYS); i++) {
                if (latency[i] < 0 && typedAt[i] > 0) {
                    latency[i] = now - typedAt[i];
                }
            }
            firstPage.countDown();
        };
        Platform.runLater(() -> window.editor.open(entry));
        if (!firstPage.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The preview never showed the note");
        }
        AnimationTimer frames = onFx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last > 0) {
                        longestFrame.accumulateAndGet(now - last, Math::max);
                    }
                    last = now;
                }
            };
            timer.start();
            window.editorView.area().moveTo(window.editorView.area().getLength());
            return timer;
        });
        for (int i = 0; i < KEYS; i++) {
            int key = i;
            Platform.runLater(() -> {
                typedAt[key] = System.nanoTime();
                window.editorView.area().insertText(window.editorView.area().getLength(), "x");
            });
            Thread.sleep(gapMillis);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (latency[KEYS - 1] < 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean keptUp = onFx(() -> {
            frames.stop();
            return window.editorView.area().getLength() == initialLength + KEYS;
        });
        List<Long> millis = new ArrayList<>();
        for (long nanos : latency) {
            if (nanos >= 0) {
                millis.add(TimeUnit.NANOSECONDS.toMillis(nanos));
            }
        }
        millis.sort(null);
        System.out.printf("%-7s %-8s %6d %9d %9d %9d %11d ms %10s%n", size > 100_000 ? "1 MB" : "50 KB",
                gapMillis + " ms", millis.size(), percentile(millis, 50), percentile(millis, 95),
                millis.isEmpty() ? -1 : millis.get(millis.size() - 1),
                TimeUnit.NANOSECONDS.toMillis(longestFrame.get()), keptUp ? "yes" : "NO");
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
