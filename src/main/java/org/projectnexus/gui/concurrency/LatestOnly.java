package org.projectnexus.gui.concurrency;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work asked for again and again while typing (a search, the switcher's matches), of which only the
 * latest answer matters: while one runs, newer requests replace each other, and only the answer to the request
 * that is still the latest is shown. Used on the FX thread.
 */
public final class LatestOnly<T> {

    private final BackgroundExecutor lane;
    private final String description;
    private final Supplier<Callable<T>> work;
    private final Consumer<T> show;
    private final Consumer<Throwable> fail;
    private long asked;
    private long answered = -1;
    private boolean running;

    /** {@code work} is called on the FX thread to capture the request as it is now; its callable runs on the lane. */
    public LatestOnly(BackgroundExecutor lane, String description, Supplier<Callable<T>> work, Consumer<T> show,
                      Consumer<Throwable> fail) {
        this.lane = lane;
        this.description = description;
        this.work = work;
        this.show = show;
        this.fail = fail;
    }

    public void request() {
        asked++;
        if (!running) {
            runLatest();
        }
    }

    /** Whether what is shown answers the latest request. */
    public boolean settled() {
        return answered == asked && !running;
    }

    private void runLatest() {
        long question = asked;
        Callable<T> call = work.get();
        running = true;
        lane.run(description, call, result -> {
            running = false;
            if (question == asked) {
                answered = question;
                show.accept(result);
            } else {
                runLatest();
            }
        }, failure -> {
            running = false;
            if (question == asked) {
                answered = question;
                fail.accept(failure);
            } else {
                runLatest();
            }
        });
    }
}
