package org.projectnexus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.projectnexus.gui.concurrency.BackgroundExecutor;

/**
 * A {@link BackgroundExecutor} that passes work on to another and records, for each piece, when it was
 * submitted, started and ended on the lane, and when its result was delivered on the FX thread. Lets the
 * latency harness say where a slow key's time went (queued, working, or waiting for the FX thread).
 */
final class TracingLane implements BackgroundExecutor {

    /** Times in {@link System#nanoTime()}; 0 while not reached. */
    static final class Work {
        final String description;
        final long submitted;
        volatile long started;
        volatile long ended;
        volatile long delivered;

        Work(String description, long submitted) {
            this.description = description;
            this.submitted = submitted;
        }
    }

    private final BackgroundExecutor lane;
    private final List<Work> log = new ArrayList<>();

    TracingLane(BackgroundExecutor lane) {
        this.lane = lane;
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Work traced = new Work(description, System.nanoTime());
        synchronized (log) {
            log.add(traced);
        }
        lane.run(description, () -> {
            traced.started = System.nanoTime();
            try {
                return work.call();
            } finally {
                traced.ended = System.nanoTime();
            }
        }, result -> {
            traced.delivered = System.nanoTime();
            onSuccess.accept(result);
        }, failure -> {
            traced.delivered = System.nanoTime();
            onFailure.accept(failure);
        });
    }

    @Override
    public <T> org.projectnexus.gui.concurrency.Running run(String description,
            org.projectnexus.gui.concurrency.ReportingTask.Work<T> work, Consumer<T> onSuccess,
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

    /** The work submitted between these two times. */
    List<Work> between(long from, long to) {
        synchronized (log) {
            return log.stream().filter(work -> work.submitted >= from && work.submitted <= to).toList();
        }
    }

    void clear() {
        synchronized (log) {
            log.clear();
        }
    }
}
