package org.projectnexus.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Says what the FX thread was doing while a frame was late: every few milliseconds, if no frame came for
 * longer than a threshold, takes the FX thread's stack and counts its top frames. Native work inside
 * WebKit (layout, painting, JavaScript garbage collection) shows as the Java method that called into it.
 */
final class StallSampler {

    private static final long LATE = TimeUnit.MILLISECONDS.toNanos(50);

    private final Thread fxThread;
    private final Map<String, Integer> samples = new TreeMap<>();
    private volatile long lastFrame = System.nanoTime();
    private volatile boolean running = true;
    private final Thread sampler;

    StallSampler(Thread fxThread) {
        this.fxThread = fxThread;
        sampler = new Thread(() -> {
            try {
                sample();
            } catch (RuntimeException failure) {
                failure.printStackTrace();
            }
        }, "stall-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Called on every frame. */
    void frame(long now) {
        lastFrame = now;
    }

    private volatile long longestSeen;

    private void sample() {
        while (running) {
            long late = System.nanoTime() - lastFrame;
            longestSeen = Math.max(longestSeen, late);
            if (late > LATE) {
                String stack = Arrays.stream(fxThread.getStackTrace()).limit(6)
                        .map(frame -> frame.getClassName().replaceAll(".*\\.", "") + "." + frame.getMethodName())
                        .collect(Collectors.joining(" < "));
                synchronized (samples) {
                    samples.merge(stack, 1, Integer::sum);
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    /** Stops sampling and prints the stacks seen while frames were late, most frequent first (5 ms each). */
    void stopAndPrint() {
        running = false;
        synchronized (samples) {
            System.out.printf("FX thread while a frame was over 50 ms late (samples of 5 ms; longest wait seen %d ms):%n",
                    TimeUnit.NANOSECONDS.toMillis(longestSeen));
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(entry -> System.out.printf("  %4d  %s%n", entry.getValue(), entry.getKey()));
            samples.clear();
        }
    }
}
