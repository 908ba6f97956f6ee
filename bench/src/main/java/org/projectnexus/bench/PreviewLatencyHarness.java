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
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.concurrency.FxBackgroundExecutor;
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
 *
 * <p>Arguments: {@code 50k} or {@code 1m} (one note size; default both), {@code 100} or {@code 30} (one key gap in
 * milliseconds; default both), {@code trace} (for every key over 50 ms, what the rendering lane did meanwhile).
 * The first row ("cold") is the first keys typed after start.
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
        System.out.printf("%-12s %-8s %6s %9s %9s %9s %14s %10s%n", "note", "key gap", "keys", "p50 ms", "p95 ms",
                "max ms", "longest frame", "kept up");
        FxBackgroundExecutor rendering = new FxBackgroundExecutor("nexus-rendering");
        List<String> arguments = List.of(args);
        int[] sizes = arguments.contains("50k") ? new int[] {51_200}
                : arguments.contains("1m") ? new int[] {1_048_576} : new int[] {51_200, 1_048_576};
        int[] gaps = arguments.contains("30") ? new int[] {30} : arguments.contains("100") ? new int[] {100}
                : new int[] {100, 30};
        boolean trace = arguments.contains("trace");
        TracingLane tracedRendering = trace ? new TracingLane(rendering) : null;
        Window window = new Window(knowledgeBase, background, trace ? tracedRendering : rendering);
        // The first keys after start meet a cold JIT, whose renders take several times as long as later ones
        // (measured: ADR 15). They are measured, as a row of their own, so that the rows after them compare
        // configurations in the same (warm) state instead of whichever happened to run first.
        measure(knowledgeBase, window, sizes[0], gaps[0], tracedRendering, " cold");
        for (int size : sizes) {
            for (int gapMillis : gaps) {
                measure(knowledgeBase, window, size, gapMillis, tracedRendering, "");
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
        /** Told when the view model has a new page (rendered, back on the FX thread), before the WebView shows it. */
        volatile Listener rendered = page -> { };

        interface Listener {
            void shown(PreviewViewModel.Page page);
        }

        Window(KnowledgeBase knowledgeBase, FxBackgroundExecutor background, BackgroundExecutor rendering)
                throws Exception {
            editor = onFx(() -> new EditorViewModel(knowledgeBase, background));
            editorView = onFx(() -> {
                PreviewViewModel preview = new PreviewViewModel(knowledgeBase, rendering, message -> System.err.println(message));
                editor.currentProperty().addListener((property, old, now) -> preview.show(now));
                preview.pageProperty().addListener((property, old, page) -> {
                    if (page != null) {
                        rendered.shown(page);
                    }
                });
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

    private static void measure(KnowledgeBase knowledgeBase, Window window, int size, int gapMillis,
                                TracingLane trace, String label) throws Exception {
        String title = "Latency " + size + " " + gapMillis + label;
        Entry entry = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title)
                .withText(title, NoteGenerator.note(size, 7, false)));
        int initialLength = entry.body().length();
        long[] typedAt = new long[KEYS];
        long[] latency = new long[KEYS];
        Arrays.fill(latency, -1);
        AtomicLong longestFrame = new AtomicLong();
        CountDownLatch firstPage = new CountDownLatch(1);
        List<long[]> renderedAt = java.util.Collections.synchronizedList(new ArrayList<>());
        List<long[]> shownAt = java.util.Collections.synchronizedList(new ArrayList<>());
        window.rendered = page -> {
            if (page.entryId().equals(entry.id())) {
                renderedAt.add(new long[] {System.nanoTime(), page.entry().body().length() - initialLength});
            }
        };
        window.listener = page -> {
            if (!page.entryId().equals(entry.id())) {
                return;
            }
            long now = System.nanoTime();
            int covered = page.entry().body().length() - initialLength;
            shownAt.add(new long[] {now, covered});
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
        StallSampler stalls = trace == null ? null : new StallSampler(onFx(Thread::currentThread));
        AnimationTimer frames = onFx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (stalls != null) {
                        stalls.frame(System.nanoTime());
                    }
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
        if (trace != null) {
            trace.clear();
        }
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
        if (trace != null) {
            explainSlowKeys(typedAt, latency, trace, renderedAt, shownAt);
            stalls.stopAndPrint();
        }
        List<Long> millis = new ArrayList<>();
        for (long nanos : latency) {
            if (nanos >= 0) {
                millis.add(TimeUnit.NANOSECONDS.toMillis(nanos));
            }
        }
        millis.sort(null);
        System.out.printf("%-12s %-8s %6d %9d %9d %9d %11d ms %10s%n", (size > 100_000 ? "1 MB" : "50 KB") + label,
                gapMillis + " ms", millis.size(), percentile(millis, 50), percentile(millis, 95),
                millis.isEmpty() ? -1 : millis.get(millis.size() - 1),
                TimeUnit.NANOSECONDS.toMillis(longestFrame.get()), keptUp ? "yes" : "NO");
    }

    /**
     * For every key that took over 50 ms (the target): what the rendering lane did from the key until the preview showed it
     * (each piece of work: queued, working, waiting for the FX thread), and when pages were rendered and shown.
     * Times are milliseconds after the key; "jvm" is the JVM's uptime, to match against -Xlog:gc or safepoints.
     */
    private static void explainSlowKeys(long[] typedAt, long[] latency, TracingLane trace, List<long[]> renderedAt,
                                        List<long[]> shownAt) {
        long jvmStart = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        for (int i = 0; i < typedAt.length; i++) {
            if (latency[i] <= TimeUnit.MILLISECONDS.toNanos(50)) {
                continue;
            }
            long t0 = typedAt[i];
            long t1 = t0 + latency[i];
            System.out.printf("key %d: %d ms (typed at jvm %.3f s)%n", i, TimeUnit.NANOSECONDS.toMillis(latency[i]),
                    (t0 - jvmStart) / 1e9);
            for (TracingLane.Work work : trace.between(t0 - TimeUnit.MILLISECONDS.toNanos(300), t1)) {
                System.out.printf("    %-22s submitted %7s  started %7s  ended %7s  delivered %7s%n",
                        work.description.length() > 22 ? work.description.substring(0, 22) : work.description,
                        after(work.submitted, t0), after(work.started, t0), after(work.ended, t0),
                        after(work.delivered, t0));
            }
            synchronized (renderedAt) {
                for (long[] page : renderedAt) {
                    if (page[0] >= t0 && page[0] <= t1 + 1) {
                        System.out.printf("    page rendered (keys up to %d) at %+6.1f%n", page[1], ms(page[0] - t0));
                    }
                }
            }
            synchronized (shownAt) {
                for (long[] page : shownAt) {
                    if (page[0] >= t0 && page[0] <= t1 + 1) {
                        System.out.printf("    page shown (keys up to %d) at %+6.1f%n", page[1], ms(page[0] - t0));
                    }
                }
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String after(long time, long t0) {
        return time == 0 ? "-" : String.format("%+.1f", ms(time - t0));
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
