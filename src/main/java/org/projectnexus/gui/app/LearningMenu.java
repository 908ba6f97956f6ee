package org.projectnexus.gui.app;

import static org.projectnexus.gui.dialogs.MenuItems.item;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.projectnexus.gui.dashboard.DashboardWindow;
import org.projectnexus.gui.review.ReviewWindow;

/**
 * The Tools menu's learning items (issue 26): Review…, Under review and Dashboard…, with the two windows they open,
 * made when first asked for. An entry opened from either window comes up in the main window, in front.
 */
final class LearningMenu {

    /** How long after the entry list is shown the dashboard's preparation starts: start-up's own work goes first. */
    private static final Duration IDLE = Duration.millis(500);
    /** The pause between two steps of preparing the dashboard on the FX thread: input and pulses come in between. */
    private static final Duration STEP = Duration.millis(50);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LearningMenu.class);

    private final MainViewModel viewModel;
    private final Supplier<Window> owner;
    private final Consumer<Scene> style;
    private final Consumer<UUID> openInFront;
    private final CheckMenuItem underReview = new CheckMenuItem("Under review");
    private ReviewWindow reviewWindow;
    private DashboardWindow dashboardWindow;

    LearningMenu(MainViewModel viewModel, Supplier<Window> owner, Consumer<Scene> style, Consumer<UUID> openInFront) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.style = style;
        this.openInFront = openInFront;
    }

    List<MenuItem> items() {
        MenuItem dashboard = item("Dashboard…", "Shortcut+Shift+D", Feather.BAR_CHART_2, this::showDashboard);
        dashboard.setId("dashboardMenu");
        MenuItem review = item("Review…", "Shortcut+Shift+R", Feather.REPEAT, this::showReview);
        review.setId("reviewMenu");
        underReview.setId("underReviewMenu");
        // Followed, not bound: a click toggles the item itself, then asks for the mark.
        viewModel.reviewMark().underReviewProperty().addListener((property, was, under) -> underReview.setSelected(under));
        underReview.setOnAction(event -> viewModel.reviewMark().mark(underReview.isSelected()));
        return List.of(review, underReview, dashboard);
    }

    private void showReview() {
        if (reviewWindow == null) {
            reviewWindow = new ReviewWindow(viewModel.review(), openInFront, owner.get(), style);
        }
        reviewWindow.show();
    }

    private void showDashboard() {
        dashboardWindow().show();
    }

    /**
     * Once start-up is over and the app idle (ADR 49): the dashboard's figures computed (on their own lane) and kept
     * fresh, then its window made, styled and drawn once off-screen, each step a moment after the one before so that
     * input and frames come in between; the first opening then shows it at once. Opening it before then still works:
     * it is made then, cold.
     */
    void prepareDashboardWhenIdle() {
        after(IDLE, () -> viewModel.dashboard().prepare(() -> inSteps(List.of(
                timed("made", this::dashboardWindow),
                timed("styled off-screen", () -> dashboardWindow.styleOffScreen()),
                timed("drawn off-screen", () -> dashboardWindow.drawOffScreen())))));
    }

    private static void inSteps(List<Runnable> steps) {
        if (!steps.isEmpty()) {
            after(STEP, () -> {
                steps.get(0).run();
                inSteps(steps.subList(1, steps.size()));
            });
        }
    }

    private static Runnable timed(String what, Runnable step) {
        return () -> {
            long start = System.nanoTime();
            step.run();
            LOG.debug("Dashboard window {} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        };
    }

    private DashboardWindow dashboardWindow() {
        if (dashboardWindow == null) {
            dashboardWindow = new DashboardWindow(viewModel.dashboard(), openInFront, owner.get(), style);
        }
        return dashboardWindow;
    }

    private static void after(Duration wait, Runnable step) {
        PauseTransition pause = new PauseTransition(wait);
        pause.setOnFinished(event -> step.run());
        pause.play();
    }
}
