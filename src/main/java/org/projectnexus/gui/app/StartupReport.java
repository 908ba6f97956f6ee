package org.projectnexus.gui.app;

import org.projectnexus.gui.concurrency.FirstFrame;
import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code nexus --startup-report}: how long the window took, counted from the start of the Java virtual machine
 * (the RuntimeMXBean's start time), to its first frame and to the entry list loaded; then the window closes.
 * The line goes to the logger {@code org.projectnexus.startup}, which {@link org.projectnexus.LogSetup} also prints on standard output,
 * so that scripts (packaging/smoke-test.sh, bench/) can read it.
 */
final class StartupReport {

    private static final Logger REPORT = LoggerFactory.getLogger("org.projectnexus.startup");

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final Runnable close;
    private long firstFrame = -1;
    private long firstFrameCpu = -1;
    private long listed = -1;
    private int entries;

    StartupReport(Runnable close) {
        this.close = close;
    }

    /**
     * Notes the end of the first pulse's layout after the window is shown: the frame it lays out is the first one
     * drawn (rendering follows on the render thread within that pulse).
     */
    void watchFirstFrame(Scene scene) {
        FirstFrame.whenLaidOut(scene, () -> {
            firstFrame = sinceJvmStart();
            firstFrameCpu = processCpuMillis();
            finishWhenComplete();
        });
    }

    /** The entry list is loaded and shown with this many entries. */
    void listed(int count) {
        listed = sinceJvmStart();
        entries = count;
        finishWhenComplete();
    }

    private void finishWhenComplete() {
        if (firstFrame < 0 || listed < 0) {
            return;
        }
        REPORT.info("startup-report: first frame {} ms, entry list ({} entries) {} ms after JVM start; "
                + "CPU time to the first frame {} ms", firstFrame, entries, listed, firstFrameCpu);
        close.run();
    }

    /**
     * CPU time of the whole process (all its threads): steadier than the wall clock on a machine shared with other
     * work, so it tells whether a change made the start lighter. -1 where the JVM does not say.
     */
    private static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    private long sinceJvmStart() {
        return System.currentTimeMillis() - jvmStart;
    }
}
