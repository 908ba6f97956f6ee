package org.projectnexus.gui.concurrency;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the window does slow work (database, disk, rendering): off the FX thread, with the result or
 * the failure delivered back on the FX thread. Work runs in the order it was submitted.
 */
public interface BackgroundExecutor {

    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Long work that says how far it is and can be cancelled (an import, an export, a rebuild of the search index):
     * its progress and message are the {@link javafx.concurrent.Task}'s own properties, which the returned
     * {@link Running} exposes for the FX thread; a cancel is seen by the work at its next step.
     */
    <T> Running run(String description, ReportingTask.Work<T> work, Consumer<T> onSuccess,
                    Consumer<Throwable> onFailure);

    /** Runs {@code action} on the FX thread: at once when called there, else as soon as the FX thread can. */
    void onFxThread(Runnable action);

    /** Runs the work already submitted, then {@code last}, then stops accepting work. */
    void shutdownAfter(Runnable last);
}
