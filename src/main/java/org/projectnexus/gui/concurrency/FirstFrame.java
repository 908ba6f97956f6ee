package org.projectnexus.gui.concurrency;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The moment a shown window's first frame is laid out (the first pulse's post-layout step; that frame's rendering
 * follows within the pulse). Used to start work that can wait until the window is on screen, and to time it.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code action} once, on the FX thread, at the end of the first layout pulse of {@code scene}. */
    public static void whenLaidOut(Scene scene, Runnable action) {
        boolean[] done = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            action.run();
            // Not from inside the listener itself: the scene is walking its listeners.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Runs {@code action} on the FX thread after the pulse that lays out the first frame of {@code scene}. */
    public static void afterShown(Scene scene, Runnable action) {
        whenLaidOut(scene, () -> Platform.runLater(action));
    }
}
