package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;

/**
 * Issue 26, point 3, as a user meets it: in a challenge, "Record a takeaway" opens a new takeaway already learned
 * from it; the takeaway's panel names the challenge as a link, and back in the challenge its takeaways are listed.
 */
class TakeawaySourcesWindowTest extends NexusWindowTest {

    @Test
    void recordATakeawayFromAChallengeAndFollowTheLinksBothWays() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Consumer lag"));
        }
        startNexus();
        waitUntil(() -> "Consumer lag".equals(title()));
        waitUntil(() -> connected().equals(List.of()) && heading().equals("Takeaways"));

        click.on("#recordTakeaway");
        waitUntil(() -> "Takeaway: Consumer lag".equals(title()));
        waitUntil(() -> heading().equals("Learned from") && connected().equals(List.of("Consumer lag")));

        robot.interact(() -> robot.lookup("#learnedConnections .learned-link").queryAs(Hyperlink.class).fire());
        waitUntil(() -> "Consumer lag".equals(title()));
        waitUntil(() -> heading().equals("Takeaways") && connected().equals(List.of("Takeaway: Consumer lag")));
    }

    private String heading() {
        return robot.lookup("#learningPanel .section-title").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText)
                .filter(text -> text.equals("Takeaways") || text.equals("Learned from")).findFirst().orElse("");
    }

    private List<String> connected() {
        return robot.lookup("#learnedConnections .learned-link").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
    }
}
