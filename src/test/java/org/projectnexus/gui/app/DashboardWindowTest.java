package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;

/**
 * Issue 26, point 5, as a user meets it: Tools ▸ Dashboard… opens the dashboard with the numbers of this knowledge
 * base (open challenges, due for review) and its charts drawn; an oldest open challenge opens in the editor.
 */
class DashboardWindowTest extends NexusWindowTest {

    @Test
    void theDashboardOpensWithTheNumbersAndChartsOfTheKnowledgeBase() throws Exception {
        int open;
        int due;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new org.projectnexus.logic.starter.StarterContent());
            Challenge lag = (Challenge) knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Ancient lag");
            knowledgeBase.entries().add(lag.withText(lag.title(), "#kafka"));
            var figures = knowledgeBase.learning().dashboard();
            open = figures.challengesNow().get(ChallengeStatus.OPEN) + figures.challengesNow().get(ChallengeStatus.REGRESSED);
            due = figures.dueForReview();
        }
        startNexus();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> String.valueOf(open).equals(text("#openChallenges")));
        assertThat(open).isPositive();
        assertThat(text("#dueForReview")).startsWith(due + " (");
        assertThat(text("#reviewStreak")).isEqualTo("0 days");

        StackedBarChart<String, Number> states = robot.lookup("#challengeStatesChart").query();
        assertThat(states.getData()).extracting(XYChart.Series::getName)
                .containsExactly("Open", "Solved", "Verified", "Regressed");
        XYChart.Series<String, Number> openSeries = states.getData().get(0);
        assertThat(openSeries.getData()).hasSize(12);
        assertThat(openSeries.getData().get(11).getYValue().intValue()).isEqualTo(
                Integer.parseInt(text("#openChallenges")) - states.getData().get(3).getData().get(11).getYValue().intValue());
        BarChart<String, Number> written = robot.lookup("#entriesWrittenChart").query();
        assertThat(written.getData().get(0).getData().get(11).getYValue().intValue()).isPositive();
        BarChart<Number, String> tags = robot.lookup("#tagsChart").query();
        assertThat(tags.getData().get(1).getData()).extracting(XYChart.Data::getYValue).contains("#kafka");

        assertThat(robot.lookup("#oldestOpen .oldest-open").queryAllAs(Hyperlink.class)).isNotEmpty();
    }

    /**
     * ADR 49: the figures are prepared once the app is idle and kept fresh through the change events, so the
     * dashboard opens with them at once, and they count a commit made before the opening or while it is open.
     */
    @Test
    void thePreparedFiguresCountEachCommit() throws Exception {
        startNexus();
        var dashboard = app().viewModel().dashboard();
        waitUntil(() -> dashboard.figuresProperty().get() != null && dashboard.upToDate()); // prepared, unopened
        int open = openChallenges(dashboard.figuresProperty().get());

        robot.interact(() -> app().viewModel().actions().create(EntryKind.CHALLENGE)); // a commit, the dashboard closed
        waitUntil(() -> dashboard.upToDate() && openChallenges(dashboard.figuresProperty().get()) == open + 1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // Shown from the prepared figures: nothing had to be computed for the opening.
        assertThat(text("#openChallenges")).isEqualTo(String.valueOf(open + 1));

        robot.interact(() -> app().viewModel().actions().create(EntryKind.CHALLENGE)); // a commit while it is open
        waitUntil(() -> String.valueOf(open + 2).equals(text("#openChallenges")));
        StackedBarChart<String, Number> states = robot.lookup("#challengeStatesChart").query();
        int openThisWeek = states.getData().get(0).getData().get(11).getYValue().intValue();
        int regressedThisWeek = states.getData().get(3).getData().get(11).getYValue().intValue();
        assertThat(openThisWeek + regressedThisWeek).isEqualTo(open + 2);
    }

    /** A review rating is no entry commit, but it is announced as a change (ADR 33): the prepared figures count it. */
    @Test
    void thePreparedFiguresCountAReview() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new org.projectnexus.logic.starter.StarterContent());
            for (var due : knowledgeBase.learning().review().dueToday(1000)) { // the starter's takeaways
                knowledgeBase.learning().review().mark(knowledgeBase.entries().find(due.entry().id()).orElseThrow(),
                        false);
            }
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "Pin consumer identity"));
        }
        startNexus();
        var dashboard = app().viewModel().dashboard();
        waitUntil(() -> dashboard.figuresProperty().get() != null && dashboard.upToDate());
        assertThat(dashboard.figuresProperty().get().dueForReview()).isEqualTo(1);
        assertThat(dashboard.figuresProperty().get().reviewStreak()).isZero();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "Pin consumer identity".equals(text("#reviewTitle")));
        click.on("#rateGood");
        waitUntil(() -> dashboard.upToDate() && dashboard.figuresProperty().get().reviewStreak() == 1);
        assertThat(dashboard.figuresProperty().get().dueForReview()).isZero();
    }

    private static int openChallenges(org.projectnexus.model.DashboardFigures figures) {
        return figures.challengesNow().get(ChallengeStatus.OPEN) + figures.challengesNow().get(ChallengeStatus.REGRESSED);
    }

    private String text(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }
}
