package org.projectnexus.logic.exchange;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.projectnexus.model.NexusException;

/**
 * Runs a producer on a thread of its own while the calling thread consumes what it makes, at most {@code ahead}
 * items behind, so memory stays bounded however long the run. Imports read and parse files this way while the
 * database is written; exports read the next page of entries while the last one is written out. A failure or a
 * stop on either side stops both; the producer's thread has ended when {@link #run} returns.
 */
final class ReadAhead {

    private static final Object END = new Object();

    /** Makes the items, handing each to {@code sink} (which blocks while the consumer is {@code ahead} behind). */
    interface Producer<T> {
        void produce(Consumer<T> sink);
    }

    private ReadAhead() {
    }

    /**
     * Runs {@code producer} on a thread named {@code name}; {@code consumer} gets its items in order, on this one.
     * An interrupt of this thread ends both, with {@code interrupted} as the failure's message.
     */
    static <T> void run(String name, int ahead, Producer<T> producer, Consumer<T> consumer, String interrupted) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(ahead);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            Object last = END;
            try {
                producer.produce(item -> hand(queue, stopped, item));
            } catch (Stopped stop) {
                return;
            } catch (RuntimeException | Error failure) {
                last = failure;
            }
            try {
                hand(queue, stopped, last);
            } catch (Stopped stop) {
                // the consumer has gone: nothing is waiting for the end
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
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
                T item = (T) next;
                consumer.accept(item);
            }
        } catch (InterruptedException interruption) {
            Thread.currentThread().interrupt();
            throw new NexusException(interrupted, interruption);
        } finally {
            stopped.set(true);
            queue.clear();
            joinQuietly(thread);
        }
    }

    /** Puts {@code item} in the queue, waiting for room unless the consumer has stopped. */
    private static void hand(BlockingQueue<Object> queue, AtomicBoolean stopped, Object item) {
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

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The consumer stopped (it failed or was cancelled): the producer leaves quietly. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
