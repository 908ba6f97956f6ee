package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.DueEntry;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * Issue 26, point 4, as a user meets it: Tools ▸ Review… shows the takeaway due today; "Good" moves it into the
 * future and the window says nothing more is due; "Edit" opens an entry in the editor; Tools ▸ Under review marks
 * the open note, which then comes up for review.
 */
class ReviewModeWindowTest extends NexusWindowTest {

    @Test
    void reviewWhatIsDueRateItGoodAndMarkANoteForReview() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            for (DueEntry due : knowledgeBase.learning().review().dueToday(1000)) { // the starter's takeaways
                knowledgeBase.learning().review().mark(knowledgeBase.entries().find(due.entry().id()).orElseThrow(),
                        false);
            }
            Entry takeaway = knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "Pin consumer identity");
            knowledgeBase.entries().add(takeaway.withText(takeaway.title(), "Use **static membership**.\n"));
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Kafka notes"));
        }
        startNexus();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "Pin consumer identity".equals(text("#reviewTitle")) && "1 due today".equals(text("#reviewRemaining")));

        click.on("#rateGood");
        waitUntil(() -> text("#reviewMessage").startsWith("“Pin consumer identity”: good, next review on ")
                && text("#reviewMessage").endsWith("That was the last one due today."));
        assertThat(text("#reviewRemaining")).isEqualTo("0 due today");
        assertThat(robot.lookup("#rateGood").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#entryTree").<javafx.scene.control.TreeView<Object>>query()
                .getSelectionModel().select(cellOf("Kafka notes")));
        waitUntil(() -> "Kafka notes".equals(title()));
        CheckMenuItem under = (CheckMenuItem) menuItem("underReviewMenu");
        assertThat(under.isSelected()).isFalse();
        robot.interact(() -> {
            under.setSelected(true);
            under.fire();
        });
        waitUntil(() -> under.isSelected() && robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText()
                .contains("is under review"));

        robot.interact(() -> menuItem("reviewMenu").fire()); // the review window has the focus now
        waitUntil(() -> "Kafka notes".equals(text("#reviewTitle")));
        click.on("#reviewEdit");
        waitUntil(() -> "Kafka notes".equals(title()));

        robot.interact(() -> menuItem("reviewMenu").fire());
        waitUntil(() -> "Kafka notes".equals(text("#reviewTitle")) && reviewShowing());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !reviewShowing());
    }

    private boolean reviewShowing() {
        return Clicks.onFxThread(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(window -> window instanceof javafx.stage.Stage stage && stage.isShowing()
                        && "Nexus review".equals(stage.getTitle())));
    }

    private javafx.scene.control.TreeItem<Object> cellOf(String title) {
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#entryTree").query();
        return tree.getRoot().getChildren().stream().flatMap(group -> group.getChildren().stream())
                .filter(item -> item.getValue() instanceof org.projectnexus.model.EntrySummary summary
                        && summary.title().equals(title)).findFirst().orElseThrow();
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        return robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow();
    }

    private String text(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }
}
