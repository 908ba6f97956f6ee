package org.projectnexus.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.projectnexus.gui.app.App;
import org.projectnexus.gui.concurrency.FirstFrame;
import org.projectnexus.gui.concurrency.FxBackgroundExecutor;

/**
 * One run of {@link DashboardPaintHarness} in a fresh JVM: the app started on the seeded knowledge base (headless
 * JavaFX, software rendering, as the UI tests run it), then Tools ▸ Dashboard… fired, in mode {@code idle} a while
 * after the main window's first frame, in mode {@code start} right after it. The time runs from the click until the
 * dashboard's charts hold figures and the frame that shows them is rendered: the layout pulse after the first one
 * that shows them (a pulse waits for the previous frame's rendering). Prints {@code RESULT first|again ms} lines.
 */
final class DashboardOpening {

    private static final boolean DEBUG = Boolean.getBoolean("nexus.bench.debug");
    private static final long START = System.nanoTime();

    private DashboardOpening() {
    }

    static void main(String mode, int size, long idle) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path logs = Path.of("target", "dashboard-opening-logs");
        java.nio.file.Files.createDirectories(logs);
        java.nio.file.Files.deleteIfExists(logs.resolve("nexus.log"));
        System.setProperty("nexus.log.dir", logs.toString());
        if (DEBUG) { // the app's own steps, in its log
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.projectnexus.gui"))
                    .setLevel(ch.qos.logback.classic.Level.DEBUG);
        }
        Path home = Path.of("target", "learning-kb-" + size);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Sampler sampler = DEBUG ? new Sampler(onFx(Thread::currentThread)) : null;
        FxBackgroundExecutor background = new FxBackgroundExecutor();
        App app = new App(background, new FxBackgroundExecutor("nexus-rendering"), home);
        app.init(); // as JavaFX's launcher does, off the FX thread: opens the knowledge base
        CountDownLatch firstFrame = new CountDownLatch(1);
        Stage main = onFx(() -> {
            Stage stage = new Stage();
            app.start(stage);
            FirstFrame.whenLaidOut(stage.getScene(), firstFrame::countDown);
            return stage;
        });
        firstFrame.await(60, TimeUnit.SECONDS);
        note("first frame of the main window");
        if (mode.equals("idle")) {
            Thread.sleep(idle);
        }
        if (sampler != null) {
            sampler.print("FX thread from the start until the click");
        }
        System.out.printf("RESULT first %.1f%n", open(main));
        if (sampler != null) {
            sampler.print("FX thread from the click until the dashboard was drawn (and closed)");
        }
        if (mode.equals("idle")) {
            for (int again = 0; again < 4; again++) {
                Thread.sleep(1000);
                System.out.printf("RESULT again %.1f%n", open(main));
            }
        }
        onFx(() -> {
            app.stop();
            return null;
        });
        background.awaitTermination(java.time.Duration.ofSeconds(30));
        if (DEBUG) {
            java.nio.file.Files.readAllLines(logs.resolve("nexus.log")).stream()
                    .filter(line -> !line.contains(" WARN ") && !line.startsWith("\t"))
                    .forEach(line -> System.out.println("LOG " + line));
        }
        System.exit(0); // the app's other lanes and JavaFX's threads would keep the JVM alive
    }

    /** Fires Tools ▸ Dashboard…, times the dashboard's first frame with figures, closes it; in ms. */
    private static double open(Stage main) throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        long[] times = new long[2];
        Stage dashboard = onFx(() -> {
            MenuItem item = dashboardItem((MenuBar) main.getScene().lookup("#menuBar"));
            times[0] = System.nanoTime();
            note("click");
            item.fire();
            Stage shown = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s
                    && "Nexus dashboard".equals(s.getTitle()) && s.isShowing()).findFirst().orElseThrow();
            Scene scene = shown.getScene();
            boolean[] withFigures = {false};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (withFigures[0]) {
                    times[1] = System.nanoTime();
                    note("the frame with the figures is rendered");
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                    painted.countDown();
                } else if (showsFigures(scene)) {
                    note("a frame with the figures is laid out");
                    withFigures[0] = true;
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            return shown;
        });
        if (!painted.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The dashboard did not paint within 60 s");
        }
        onFx(() -> {
            dashboard.close();
            return null;
        });
        return (times[1] - times[0]) / 1e6;
    }

    /** Where the FX thread is, sampled every 5 ms: the innermost frame of ours and the top frame, counted. */
    private static final class Sampler {
        private final java.util.Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();

        Sampler(Thread fx) {
            Thread thread = new Thread(() -> {
                while (true) {
                    StackTraceElement[] stack = fx.getStackTrace();
                    String ours = java.util.Arrays.stream(stack).filter(f -> f.getClassName().startsWith("org.projectnexus"))
                            .findFirst().map(f -> f.getClassName().replace("org.projectnexus.", "") + "." + f.getMethodName())
                            .orElse("-");
                    String top = stack.length == 0 ? "-" : stack[0].getClassName() + "." + stack[0].getMethodName();
                    if (!top.contains("epoll") && !top.contains("Object.wait") && !top.contains("park")
                            && !top.contains("runLoop") && !top.contains("_runLoop")) {
                        counts.merge(ours + " | " + top, 1, Integer::sum);
                    }
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "fx-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void print(String title) {
            System.out.println("SAMPLES " + title + " (5 ms each, busy only):");
            counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(25).forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
            counts.clear();
        }
    }

    private static boolean showsFigures(Scene scene) {
        Label open = (Label) scene.lookup("#openChallenges");
        XYChart<?, ?> states = (XYChart<?, ?>) scene.lookup("#challengeStatesChart");
        return !open.getText().equals("…") && !states.getData().isEmpty();
    }

    private static MenuItem dashboardItem(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if ("dashboardMenu".equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new IllegalStateException("No Tools ▸ Dashboard… in the menu bar");
    }

    private static void note(String what) {
        if (DEBUG) {
            System.out.printf("%s %8.1f ms  %s%n", java.time.LocalTime.now(), (System.nanoTime() - START) / 1e6, what);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
