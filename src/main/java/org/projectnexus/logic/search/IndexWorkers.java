package org.projectnexus.logic.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The threads that index a synchronisation's batches side by side, and how they are stopped. */
final class IndexWorkers {

    private IndexWorkers() {
    }

    /**
     * Drops the batches not started and lets the running ones finish. Never interrupts them: a thread interrupted
     * while Lucene writes a file closes that file's channel (ClosedByInterruptException), which breaks the whole
     * writer for good. A batch is a few hundred entries, so this waits well under a second.
     */
    static void stopAfterRunningBatches(ExecutorService workers, List<Future<Integer>> batches) {
        batches.forEach(batch -> batch.cancel(false));
        workers.shutdown();
        boolean interrupted = Thread.interrupted();
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException again) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
