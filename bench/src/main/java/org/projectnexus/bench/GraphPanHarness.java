package org.projectnexus.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.projectnexus.gui.concurrency.FxBackgroundExecutor;
import org.projectnexus.gui.graph.GraphView;
import org.projectnexus.gui.graph.GraphViewModel;
import org.projectnexus.logic.KnowledgeBase;

/**
 * Panning a 2,000-entry graph (headless JavaFX, software rendering): drags the background 120 times and measures
 * how long each redraw keeps the FX thread. Smooth means well under a 60 Hz frame (16.7 ms) at the median.
 */
public final class GraphPanHarness {

    private GraphPanHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        KnowledgeBase knowledgeBase = KnowledgeBase.open(Files.createTempDirectory("nexus-pan"), Clock.systemUTC());
        KnowledgeBaseGenerator.fill(knowledgeBase, 2000, 5, 11);
        FxBackgroundExecutor background = new FxBackgroundExecutor("nexus-rendering");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        GraphViewModel viewModel = onFx(() -> new GraphViewModel(knowledgeBase, background, message -> System.err.println(message)));
        CountDownLatch laid = new CountDownLatch(1);
        Canvas canvas = onFx(() -> {
            GraphView view = new GraphView(viewModel, id -> { });
            viewModel.laidProperty().addListener((property, old, now) -> laid.countDown());
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1000, 700));
            stage.show();
            viewModel.reload();
            return (Canvas) view.lookup("#graphCanvas");
        });
        long layoutStart = System.nanoTime();
        laid.await(60, TimeUnit.SECONDS);
        long layoutMillis = (System.nanoTime() - layoutStart) / 1_000_000;
        double[] redraws = onFx(() -> {
            fire(canvas, MouseEvent.MOUSE_PRESSED, 5, 5);
            double[] times = new double[120];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                fire(canvas, MouseEvent.MOUSE_DRAGGED, 5 + i * 3, 5 + i * 2);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            fire(canvas, MouseEvent.MOUSE_RELEASED, 365, 245);
            return times;
        });
        Arrays.sort(redraws);
        System.out.printf("2000 entries: graph loaded and laid out in %d ms (in the background)%n", layoutMillis);
        System.out.printf("pan redraw on the FX thread: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                redraws[redraws.length / 2], redraws[(int) (redraws.length * 0.95)], redraws[redraws.length - 1]);
        background.shutdownAfter(knowledgeBase::close);
        Platform.exit();
    }

    private static void fire(Canvas canvas, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Event.fireEvent(canvas, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, true, false, false, null));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }
}
