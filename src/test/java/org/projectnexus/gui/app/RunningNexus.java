package org.projectnexus.gui.app;

import org.projectnexus.gui.concurrency.FxBackgroundExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;

/**
 * The real Nexus window on a data folder, for TestFX tests: started as the app starts, closed as it closes, and
 * closing waits until the last save reached the database, so a new instance can open the same folder.
 */
final class RunningNexus {

    private final Path home;
    private App app;
    private FxBackgroundExecutor background;

    RunningNexus(Path home) {
        this.home = home;
    }

    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    void start() throws TimeoutException {
        background = new FxBackgroundExecutor();
        FxBackgroundExecutor rendering = new FxBackgroundExecutor("test-rendering");
        app = (App) FxToolkit.setupApplication(() -> new App(background, rendering, home));
    }

    /** The running app (for tests that look inside it). */
    App app() {
        return app;
    }

    /** Closes the window; true when its database work finished in time. */
    boolean close() throws TimeoutException, InterruptedException {
        if (app == null) {
            return true;
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages(); // windows the app opened besides its main one (the graph, dialogs)
        app = null;
        return background.awaitTermination(Duration.ofSeconds(20));
    }
}
