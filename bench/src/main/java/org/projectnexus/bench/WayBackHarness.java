package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.concurrency.FxBackgroundExecutor;
import org.projectnexus.gui.concurrency.ReportingTask;
import org.projectnexus.gui.concurrency.Running;
import org.projectnexus.gui.sidebar.EntryListView;
import org.projectnexus.gui.sidebar.EntryListViewModel;
import org.projectnexus.gui.sidebar.TagBrowserView;
import org.projectnexus.gui.sidebar.TagBrowserViewModel;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;

/**
 * The way back after a save, on a large knowledge base (headless JavaFX, the real sidebar views on a stage): how
 * long the FX thread is kept once a save has committed. "Reload" is what the window did before change events (read
 * the entry list and the tags again, then replace them on the FX thread); "patch" is what it does now (apply the
 * save's change event). Usage: {@code WayBackHarness [count] [rounds] [DIR]} (a DIR holding fewer entries is filled).
 */
public final class WayBackHarness {

    private WayBackHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path home = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("nexus-way-back");
        KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        int present = knowledgeBase.entries().summaries().size();
        if (present < count) {
            KnowledgeBaseGenerator.fill(knowledgeBase, count - present, 5, 11 + present);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        TimedLane lane = new TimedLane(new FxBackgroundExecutor("nexus-background"));
        EntryListViewModel list = new EntryListViewModel(knowledgeBase.entries(), knowledgeBase.connections(), lane);
        TagBrowserViewModel tags = new TagBrowserViewModel(knowledgeBase.entries(), knowledgeBase.connections(), lane);
        onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new VBox(new EntryListView(list, id -> { }),
                    new TagBrowserView(tags, tag -> { }, (from, to) -> { })), 320, 800));
            stage.show();
            return null;
        });
        awaitReload(list, tags);
        int entries = onFx(() -> list.shownEntries().size());

        List<Double> reloadFx = new ArrayList<>();
        List<Double> reloadBackground = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            save(knowledgeBase, round);
            lane.reset();
            awaitReload(list, tags);
            reloadFx.add(lane.fxMillis());
            reloadBackground.add(lane.backgroundMillis());
        }

        List<Double> patchFx = new ArrayList<>();
        knowledgeBase.onChange(event -> lane.onFxThread(() -> {
            long start = System.nanoTime();
            list.apply(event);
            tags.apply(event);
            synchronized (patchFx) {
                patchFx.add((System.nanoTime() - start) / 1e6);
                patchFx.notifyAll();
            }
        }));
        for (int round = 0; round < rounds; round++) {
            save(knowledgeBase, rounds + round);
            synchronized (patchFx) {
                while (patchFx.size() <= round) {
                    patchFx.wait(10_000);
                }
            }
        }
        System.out.printf("The way back after a save, %d entries listed, %d saves each (ms)%n", entries, rounds);
        System.out.printf("%-8s %-22s %10s %10s %10s%n", "way", "where", "median", "p95", "max");
        row("reload", "FX thread", reloadFx);
        row("reload", "background lane", reloadBackground);
        row("patch", "FX thread", patchFx);
        row("patch", "background lane", List.of(0.0));
        lane.shutdownAfter(knowledgeBase::close);
        Platform.exit();
    }

    /** Saves one entry with a changed tag, as typing in the editor would, on this (non-FX) thread. */
    private static void save(KnowledgeBase knowledgeBase, int round) {
        EntrySummary newest = knowledgeBase.entries().summaries().get(round % 50);
        Entry entry = knowledgeBase.entries().find(newest.id()).orElseThrow();
        knowledgeBase.entries().save(entry.withText(entry.title(), entry.body() + "\nEdit " + round + " #edit/r" + round));
    }

    /** What the window did after each save before change events: the list and the tags, read and replaced. */
    private static void awaitReload(EntryListViewModel list, TagBrowserViewModel tags) throws Exception {
        CountDownLatch listed = new CountDownLatch(1);
        CountDownLatch counted = new CountDownLatch(1);
        onFx(() -> {
            tags.rootsProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable observable) {
                    tags.rootsProperty().removeListener(this);
                    counted.countDown();
                }
            });
            list.reload(listed::countDown);
            tags.reload();
            return null;
        });
        listed.await(5, TimeUnit.MINUTES);
        counted.await(5, TimeUnit.MINUTES);
        onFx(() -> null); // the last FX callback has returned
    }

    private static void row(String way, String where, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-8s %-22s %10.2f %10.2f %10.2f%n", way, where, sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)], sorted[sorted.length - 1]);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(5, TimeUnit.MINUTES);
    }

    /** Passes work on, adding up how long it ran on the lane and how long its results kept the FX thread. */
    private static final class TimedLane implements BackgroundExecutor {
        private final BackgroundExecutor lane;
        private volatile long fxNanos;
        private volatile long backgroundNanos;

        TimedLane(BackgroundExecutor lane) {
            this.lane = lane;
        }

        void reset() {
            fxNanos = 0;
            backgroundNanos = 0;
        }

        double fxMillis() {
            return fxNanos / 1e6;
        }

        double backgroundMillis() {
            return backgroundNanos / 1e6;
        }

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            lane.run(description, () -> {
                long start = System.nanoTime();
                try {
                    return work.call();
                } finally {
                    backgroundNanos += System.nanoTime() - start;
                }
            }, result -> {
                long start = System.nanoTime();
                onSuccess.accept(result);
                fxNanos += System.nanoTime() - start;
            }, onFailure);
        }

        @Override
        public <T> Running run(String description, ReportingTask.Work<T> work, Consumer<T> onSuccess,
                               Consumer<Throwable> onFailure) {
            return lane.run(description, work, onSuccess, onFailure);
        }

        @Override
        public void onFxThread(Runnable action) {
            lane.onFxThread(action);
        }

        @Override
        public void shutdownAfter(Runnable last) {
            lane.shutdownAfter(last);
        }
    }
}
