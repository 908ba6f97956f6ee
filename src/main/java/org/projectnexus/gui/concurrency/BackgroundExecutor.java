package org.projectnexus.gui.concurrency;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the window does slow work (database, disk, rendering): off the FX thread, with the result or
 * the failure delivered back on the FX thread. Work runs in the order it was submitted.
 */
public interface BackgroundExecutor {

    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs the work already submitted, then {@code last}, then stops accepting work. */
    void shutdownAfter(Runnable last);
}
