package org.projectnexus.gui.concurrency;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.projectnexus.model.Progress;

/**
 * A {@link Task} whose work reports through a {@link Progress}: {@link Task#updateProgress} and
 * {@link Task#updateMessage} hand the latest figures to the FX thread, coalesced (the FX thread never queues more
 * than one update). Its progress and message properties are the task's own. A {@link #stop} does not cancel the
 * task: the work sees it at its next step and stops cleanly (an import rolls back first), so the task still ends
 * through its failure, once the work has really stopped.
 */
public final class ReportingTask<T> extends Task<T> implements Running {

    /** Work that reports how far it is through {@code progress}, and checks it for a cancel between steps. */
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final Work<T> work;
    private final AtomicBoolean stopAsked = new AtomicBoolean();

    public ReportingTask(Work<T> work) {
        this.work = work;
    }

    @Override
    protected T call() throws Exception {
        return work.call(new Progress() {
            @Override
            public void update(String phase, long done, long total) {
                updateMessage(phase + ": " + done + (total > 0 ? " of " + total : ""));
                updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
            }

            @Override
            public boolean isCancelled() {
                return stopAsked.get();
            }
        });
    }

    @Override
    public void stop() {
        stopAsked.set(true);
    }
}
