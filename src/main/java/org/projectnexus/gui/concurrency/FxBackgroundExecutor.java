package org.projectnexus.gui.concurrency;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.projectnexus.model.InvalidQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BackgroundExecutor} on one worker thread, through {@link Task}. One thread keeps saves in the order
 * they were made. The thread is not a daemon: when the window closes, the last save still reaches the disk
 * before the process ends.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundExecutor.class);

    private final ExecutorService worker;

    /** The lane for the database: saves and reads, in order. */
    public FxBackgroundExecutor() {
        this("nexus-background");
    }

    /** A lane of its own, such as rendering, so that a long render never holds up a save (nor a save a render). */
    public FxBackgroundExecutor(String threadName) {
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(false);
            return thread;
        });
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        submit(description, task, onSuccess, onFailure);
    }

    @Override
    public <T> Running run(String description, ReportingTask.Work<T> work, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        ReportingTask<T> task = new ReportingTask<>(work);
        submit(description, task, onSuccess, onFailure);
        return task;
    }

    @Override
    public void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private <T> void submit(String description, Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> {
            logFailure(description, task.getException());
            onFailure.accept(task.getException());
        });
        if (worker.isShutdown()) {
            // The window is closing: its last save was queued before the shutdown; later work has no one to show it to.
            LOG.debug("Not started, Nexus is closing: {}", description);
            return;
        }
        worker.execute(task);
    }

    /**
     * A failure goes to the log with its stack trace, except a query that cannot be read: that is what a query
     * looks like while it is typed ({@code kind:}), told to the user, and only noted at debug level.
     */
    static void logFailure(String description, Throwable failure) {
        if (failure instanceof InvalidQueryException) {
            LOG.debug("{}: {}", description, failure.getMessage());
        } else {
            LOG.warn("Background work failed: {}", description, failure);
        }
    }

    /** Waits until the work submitted before {@link #shutdownAfter} is done; true if it finished in time. */
    public boolean awaitTermination(java.time.Duration timeout) throws InterruptedException {
        return worker.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void shutdownAfter(Runnable last) {
        worker.execute(() -> {
            try {
                last.run();
            } catch (RuntimeException failure) {
                LOG.error("Closing work failed", failure);
            }
        });
        worker.shutdown();
    }
}
