package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntrySummary;

/**
 * Issue 26, point 1, as a user meets it: a challenge moved through its states shows each change with its date in
 * the panel beside it, the solution that did not hold when it regressed, its state as an icon in the entry list,
 * and the list's state filter finds it.
 */
class ChallengeLifeCycleWindowTest extends NexusWindowTest {

    @Test
    void aChallengeMovedThroughItsStatesShowsItsHistoryItsIconAndPassesTheStateFilter() throws Exception {
        startNexus();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        click.on("New challenge");
        waitUntil(() -> "Untitled challenge".equals(title()));
        click.on("#titleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Queue backlog");
        click.on("#solutionField").write("Scale the consumers.");
        waitUntil(() -> historyLines().size() == 1);

        for (ChallengeStatus next : List.of(ChallengeStatus.SOLVED, ChallengeStatus.VERIFIED,
                ChallengeStatus.REGRESSED)) {
            int before = historyLines().size();
            robot.interact(() -> robot.lookup("#statusField").<ComboBox<ChallengeStatus>>query()
                    .getSelectionModel().select(next));
            waitUntil(() -> historyLines().stream().filter(line -> line.startsWith(next.displayName())).count() == 1
                    && historyLines().size() > before);
        }
        assertThat(historyLines()).first().asString().startsWith("Open · ");
        assertThat(robot.lookup("#failedSolution").<Label>query().getText())
                .contains("did not hold").contains("Scale the consumers.");

        waitUntil(() -> {
            Node icon = iconOf("Queue backlog");
            return icon != null && icon.getStyleClass().contains("status-regressed");
        });

        robot.interact(() -> robot.lookup("#statusFilter").<ChoiceBox<ChallengeStatus>>query()
                .setValue(ChallengeStatus.REGRESSED));
        assertThat(listedTitles()).containsExactly("Queue backlog");
        robot.interact(() -> robot.lookup("#statusFilter").<ChoiceBox<ChallengeStatus>>query()
                .setValue(ChallengeStatus.VERIFIED));
        assertThat(listedTitles()).doesNotContain("Queue backlog");
    }

    private List<String> historyLines() {
        return robot.lookup("#stateHistory").<VBox>query().getChildrenUnmodifiable().stream()
                .filter(node -> node.getStyleClass().contains("state-change"))
                .map(node -> ((Label) node).getText()).toList();
    }

    /** The icon of the entry's cell, read on the FX thread (cells are re-used as the list changes); null if none yet. */
    private Node iconOf(String title) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#entryTree .tree-cell")
                .queryAllAs(TreeCell.class).stream()
                .filter(cell -> cell.getItem() instanceof EntrySummary summary && summary.title().equals(title))
                .map(TreeCell::getGraphic).filter(java.util.Objects::nonNull).findFirst().orElse(null)).get();
    }

    private List<String> listedTitles() {
        TreeView<Object> tree = robot.lookup("#entryTree").query();
        return tree.getRoot().getChildren().stream().flatMap(group -> group.getChildren().stream())
                .map(item -> item.getValue() instanceof EntrySummary summary ? summary.title() : "").toList();
    }
}
