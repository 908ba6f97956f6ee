package org.projectnexus.logic.exchange;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.projectnexus.logic.NexusException;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;

/**
 * Runs an import on two threads: a reader thread reads the entries and works out their tags, links and aliases
 * (parsing Markdown), a batch at a time, while the calling thread writes the batch before (the database). At most
 * {@value #AHEAD} batches wait between them, so memory stays bounded however large the import. A failure or a
 * cancel on either side stops both; the reader thread has ended when {@link #run} returns.
 */
public final class ImportPipeline {

    static final int AHEAD = 2;
    private static final Object END = new Object();

    private final Function<Entry, IndexedEntry> indexer;

    /** {@code indexer} must give what the store's own indexer gives (the knowledge base's). */
    public ImportPipeline(Function<Entry, IndexedEntry> indexer) {
        this.indexer = indexer;
    }

    /** Reads {@code reading} on a thread of its own and hands each indexed batch to {@code writer} on this one. */
    public void run(ImportSources.Reading reading, Consumer<List<ImportCandidate>> writer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            Object last = END;
            try {
                reading.read(batch -> hand(queue, stopped,
                        batch.parallelStream().map(candidate -> candidate.indexed() != null ? candidate
                                : candidate.withIndex(indexer.apply(candidate.entry()))).toList()));
            } catch (Stopped stop) {
                return;
            } catch (RuntimeException | Error failure) {
                last = failure;
            }
            try {
                hand(queue, stopped, last);
            } catch (Stopped stop) {
                // the writer has gone: nothing is waiting for the end
            }
        }, "nexus-import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    return;
                }
                if (next instanceof RuntimeException failure) {
                    throw failure;
                }
                if (next instanceof Error failure) {
                    throw failure;
                }
                @SuppressWarnings("unchecked")
                List<ImportCandidate> batch = (List<ImportCandidate>) next;
                writer.accept(batch);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NexusException("The import was interrupted; nothing was imported.", interrupted);
        } finally {
            stopped.set(true);
            queue.clear();
            joinQuietly(reader);
        }
    }

    /** Puts {@code item} in the queue, waiting for room unless the writer has stopped. */
    private static void hand(BlockingQueue<Object> queue, java.util.concurrent.atomic.AtomicBoolean stopped, Object item) {
        try {
            if (stopped.get()) {
                throw new Stopped();
            }
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The writer stopped (it failed or was cancelled): the reader leaves quietly. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
