package org.projectnexus.gui.concurrency;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * For tests: runs each piece of work at once on the calling thread and delivers its result there, and remembers
 * the descriptions of the work it was given.
 */
public final class ImmediateExecutor implements BackgroundExecutor {

    private final List<String> descriptions = new CopyOnWriteArrayList<>();

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        descriptions.add(description);
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    /** Runs the task at once on the calling thread (on the FX thread, its updates are set directly). */
    @Override
    public <T> Running run(String description, ReportingTask.Work<T> work, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        descriptions.add(description);
        ReportingTask<T> task = new ReportingTask<>(work);
        task.run();
        T result;
        try {
            result = task.get(); // a FutureTask's outcome, whichever thread this is
        } catch (java.util.concurrent.ExecutionException failure) {
            onFailure.accept(failure.getCause());
            return task;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            onFailure.accept(interrupted);
            return task;
        }
        onSuccess.accept(result);
        return task;
    }

    @Override
    public void onFxThread(Runnable action) {
        action.run();
    }

    /** How many pieces of work were described as starting with {@code prefix}. */
    public long count(String prefix) {
        return descriptions.stream().filter(description -> description.startsWith(prefix)).count();
    }

    @Override
    public void shutdownAfter(Runnable last) {
        last.run();
    }
}
