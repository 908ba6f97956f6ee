package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A test that drives the real Nexus window (headless) on a temporary data folder. */
abstract class NexusWindowTest {

    @TempDir
    Path home;

    final FxRobot robot = new FxRobot();
    final Clicks click = new Clicks(robot);
    private RunningNexus nexus;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        RunningNexus.startToolkit();
    }

    /** Starts Nexus on {@link #home} and waits until it shows an entry. */
    void startNexus() throws TimeoutException {
        nexus = new RunningNexus(home);
        nexus.start();
        waitUntil(() -> !title().isEmpty());
    }

    /** Closes Nexus and checks that its last save reached the database. */
    @AfterEach
    void closeNexus() throws Exception {
        if (nexus != null) {
            assertThat(nexus.close()).isTrue();
            nexus = null;
        }
    }

    /** The running app. */
    App app() {
        return nexus.app();
    }

    String title() {
        return robot.lookup("#titleField").<TextField>query().getText();
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
