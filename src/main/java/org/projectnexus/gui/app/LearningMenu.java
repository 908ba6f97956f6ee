package org.projectnexus.gui.app;

import static org.projectnexus.gui.dialogs.MenuItems.item;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.projectnexus.gui.dashboard.DashboardWindow;
import org.projectnexus.gui.review.ReviewWindow;

/**
 * The Tools menu's learning items (issue 26): Review…, Under review and Dashboard…, with the two windows they open,
 * made when first asked for. An entry opened from either window comes up in the main window, in front.
 */
final class LearningMenu {

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
        if (dashboardWindow == null) {
            dashboardWindow = new DashboardWindow(viewModel.dashboard(), openInFront, owner.get(), style);
        }
        dashboardWindow.show();
    }
}
