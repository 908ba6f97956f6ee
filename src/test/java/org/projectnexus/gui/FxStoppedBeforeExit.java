package org.projectnexus.gui;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops JavaFX once every test of the test JVM has run, before that JVM exits. Left running, the FX thread and
 * WebKit's threads were still at work while the process's exit tore their native libraries down: one full test
 * run (session 18) ended with its forked JVM aborting ("Aborted") after all 564 tests had passed, which fails the
 * build. Registered in {@code META-INF/services}; it does nothing when no test started JavaFX.
 */
public final class FxStoppedBeforeExit implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
        if (fx == null) {
            return;
        }
        Platform.exit();
        try {
            fx.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
