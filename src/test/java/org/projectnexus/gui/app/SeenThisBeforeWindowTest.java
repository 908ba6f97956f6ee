package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;

/**
 * Issue 26, point 2, as a user meets it: writing a new challenge's problem, the panel beside it lists the past
 * challenge it repeats, with its solution, while typing; one click on "Link" links it from the new challenge.
 */
class SeenThisBeforeWindowTest extends NexusWindowTest {

    @Test
    void thePanelFollowsTheProblemAsItIsTypedAndOneClickLinksAMatch() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Challenge lag = (Challenge) knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Consumer lag after deploys");
            knowledgeBase.entries().add(lag.withDetails("The orders consumer group falls behind whenever a deploy"
                    + " triggers a Kafka partition rebalance.", "Static group membership.", ChallengeStatus.VERIFIED));
        }
        startNexus();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        click.on("New challenge");
        waitUntil(() -> "Untitled challenge".equals(title()));

        click.on("#problemField").write("Our kafka consumers lag after every deploy; the partitions rebalance");
        waitUntil(() -> !similarTitles().isEmpty() && similarTitles().get(0).equals("Consumer lag after deploys"));
        assertThat(texts("#similarEntries")).anySatisfy(text -> assertThat(text)
                .isEqualTo("Solution: Static group membership."));

        robot.interact(() -> robot.lookup("#similarEntries .similar-link").queryAllAs(Button.class).iterator().next()
                .fire());
        waitUntil(() -> bodyText().contains("[[Consumer lag after deploys]]"));
    }

    private List<String> similarTitles() {
        return robot.lookup("#similarEntries .similar-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private List<String> texts(String query) {
        return robot.lookup(query + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String bodyText() {
        return robot.lookup("#bodyField").<org.fxmisc.richtext.CodeArea>query().getText();
    }
}
