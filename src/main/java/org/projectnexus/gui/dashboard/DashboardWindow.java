package org.projectnexus.gui.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.DashboardFigures;
import org.projectnexus.model.DashboardFigures.TagCount;

/**
 * The learning dashboard in a window of its own (issue 26): three figures at the top (open challenges, due for
 * review, review streak), then JavaFX charts (challenges by state per week, entries written per week, the most used
 * tags and those of open challenges) and the oldest open challenges as links. The theme's stylesheets colour it,
 * light or dark.
 */
public final class DashboardWindow {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final Stage stage = new Stage();
    private final DashboardViewModel viewModel;
    private final Label open = tile("openChallenges");
    private final Label due = tile("dueForReview");
    private final Label streak = tile("reviewStreak");
    private final StackedBarChart<String, Number> states = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> written = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<Number, String> tags = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final VBox oldest = new VBox(2);
    private final Consumer<UUID> openEntry;
    private boolean shownOnce;

    public DashboardWindow(DashboardViewModel viewModel, Consumer<UUID> openEntry, Window owner, Consumer<Scene> style) {
        this.viewModel = viewModel;
        this.openEntry = openEntry;
        states.setId("challengeStatesChart");
        states.setTitle("Challenges by state, week by week");
        written.setId("entriesWrittenChart");
        written.setTitle("Entries written per week");
        written.setLegendVisible(false);
        tags.setId("tagsChart");
        tags.setTitle("Most used tags, and with open challenges");
        tags.setCategoryGap(2); // a dozen tags in two series: thin bars otherwise
        tags.setBarGap(0);
        for (var chart : List.of(states, written, tags)) {
            chart.setAnimated(false); // the figures are there at once, not flown in
        }
        oldest.setId("oldestOpen");
        HBox tiles = new HBox(24, labelled("Open challenges", open), labelled("Due for review today", due),
                labelled("Review streak", streak));
        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        charts.add(states, 0, 0);
        charts.add(written, 1, 0);
        charts.add(tags, 0, 1);
        Label oldestTitle = new Label("Oldest open challenges");
        oldestTitle.getStyleClass().add("section-title");
        charts.add(new VBox(6, oldestTitle, oldest), 1, 1);
        for (var chart : List.of(states, written, tags)) {
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
        }
        VBox root = new VBox(16, tiles, charts);
        root.getStyleClass().add("dashboard");
        root.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        viewModel.figuresProperty().addListener((property, old, figures) -> show(figures));
        show(viewModel.figuresProperty().get()); // prepared before the window was made
        Scene scene = new Scene(scroll, 1120, 760);
        style.accept(scene);
        stage.setScene(scene);
        stage.setTitle("Nexus dashboard");
        stage.initOwner(owner);
    }

    /** Shows the window with the figures prepared; those out of date are computed again and replace them. */
    public void show() {
        shownOnce = true;
        viewModel.opened();
        stage.show();
        stage.toFront();
    }

    /**
     * Applies the window's styles before it is first shown: the first of two steps of work on the FX thread, so that
     * neither holds up input for long (see {@link #drawOffScreen}).
     */
    public void styleOffScreen() {
        if (!shownOnce) {
            stage.getScene().getRoot().applyCss();
        }
    }

    /**
     * Draws the window once off-screen, before it is first shown: the first opening then finds the charts' classes
     * loaded, their styles applied, laid out and drawn once (ADR 49). One step of work on the FX thread.
     */
    public void drawOffScreen() {
        if (!shownOnce) { // once shown, all of it is warm
            stage.getScene().snapshot(null);
        }
    }

    private void show(DashboardFigures figures) {
        if (figures == null) {
            return;
        }
        open.setText(String.valueOf(figures.challengesNow().get(ChallengeStatus.OPEN)
                + figures.challengesNow().get(ChallengeStatus.REGRESSED)));
        due.setText(figures.dueForReview() + " (" + figures.takeawaysDue() + " takeaways)");
        streak.setText(figures.reviewStreak() + (figures.reviewStreak() == 1 ? " day" : " days"));
        List<String> weeks = figures.weeks().stream().map(WEEK::format).toList();
        List<XYChart.Series<String, Number>> byState = new ArrayList<>();
        for (ChallengeStatus status : ChallengeStatus.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(status.displayName());
            List<Integer> counts = figures.challengesByState().get(status);
            for (int i = 0; i < weeks.size(); i++) {
                series.getData().add(new XYChart.Data<>(weeks.get(i), counts.get(i)));
            }
            byState.add(series);
        }
        ChartData.update(states, byState);
        XYChart.Series<String, Number> perWeek = new XYChart.Series<>();
        for (int i = 0; i < weeks.size(); i++) {
            perWeek.getData().add(new XYChart.Data<>(weeks.get(i), figures.entriesWritten().get(i)));
        }
        ChartData.update(written, List.of(perWeek));
        ChartData.update(tags, List.of(tagSeries("All entries", figures.topTags()),
                tagSeries("Open challenges", figures.openChallengeTags())));
        oldest.getChildren().clear();
        for (DashboardFigures.OpenChallenge challenge : figures.oldestOpen()) {
            Hyperlink link = new Hyperlink(challenge.challenge().title() + " · since "
                    + challenge.created().toString().substring(0, 10));
            link.getStyleClass().add("oldest-open");
            link.setOnAction(event -> openEntry.accept(challenge.challenge().id()));
            oldest.getChildren().add(link);
        }
        if (figures.oldestOpen().isEmpty()) {
            oldest.getChildren().add(new Label("No open challenge: well done."));
        }
    }

    private static XYChart.Series<Number, String> tagSeries(String name, List<TagCount> counts) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = counts.size() - 1; i >= 0; i--) { // the axis draws its first category at the bottom
            series.getData().add(new XYChart.Data<>(counts.get(i).count(), "#" + counts.get(i).tag()));
        }
        return series;
    }

    private static Label tile(String id) {
        Label figure = new Label("…");
        figure.setId(id);
        figure.getStyleClass().add("dashboard-figure");
        return figure;
    }

    private static VBox labelled(String caption, Label figure) {
        Label label = new Label(caption);
        label.getStyleClass().add("dashboard-caption");
        return new VBox(2, label, figure);
    }
}
