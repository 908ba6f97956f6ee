package org.projectnexus.gui.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks whose target is found and measured on the FX thread.
 *
 * <p>TestFX 4.0.18's {@code clickOn(node)} measures the node's bounds on the test thread
 * ({@code CallableBoundsPointQuery}). Measuring is not a plain read: it brings each {@code Parent}'s cached bounds up
 * to date, clearing its children's "bounds changed" marks and its count of them. Done while a pulse does the same on
 * the FX thread, the mark and the count disagree, and every later pulse of that window fails with
 * {@code IndexOutOfBoundsException} in {@code Parent.updateCachedBounds} (seen once in CI, session 9). So the node
 * is looked up and measured on the FX thread, and the robot is given a plain screen point.
 */
public final class Clicks {

    private final FxRobot robot;

    public Clicks(FxRobot robot) {
        this.robot = robot;
    }

    /** Clicks the centre of the first visible node the TestFX query (a CSS selector or a text) finds. */
    public FxRobot on(String query) {
        return on(onFxThread(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).<Node>query()));
    }

    /** Clicks the centre of a node; what the robot writes next goes to the node's window, as with TestFX's clicks. */
    public FxRobot on(Node node) {
        Point2D centre = onFxThread(() -> centreOnScreen(node));
        robot.targetWindow(onFxThread(() -> node.getScene().getWindow()));
        return robot.clickOn(centre, Motion.DEFAULT);
    }

    /** Runs a look at the scene on the FX thread and gives its result. */
    public static <T> T onFxThread(Callable<T> look) {
        try {
            return WaitForAsyncUtils.asyncFx(look).get(20, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException("Could not look at the window on the FX thread", failed);
        }
    }

    /** The centre of the part of the node its window shows, as TestFX's own clicks aim. */
    private static Point2D centreOnScreen(Node node) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null) {
            throw new IllegalStateException("Not in a window: " + node);
        }
        Bounds inScene = node.localToScene(node.getBoundsInLocal());
        double minX = Math.max(inScene.getMinX(), 0);
        double minY = Math.max(inScene.getMinY(), 0);
        double maxX = Math.min(inScene.getMaxX(), scene.getWidth());
        double maxY = Math.min(inScene.getMaxY(), scene.getHeight());
        return new Point2D(scene.getWindow().getX() + scene.getX() + (minX + maxX) / 2,
                scene.getWindow().getY() + scene.getY() + (minY + maxY) / 2);
    }
}
