package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Typing {@code [[} or {@code #} in the editor offers titles and tags, and Enter inserts the choice. */
class EditorCompletionTest extends NexusWindowTest {

    @BeforeEach
    void start() throws Exception {
        startNexus();
    }

    @Test
    void doubleBracketOffersTitlesAndEnterInsertsTheLink() throws Exception {
        click.on("#bodyField").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write("\nSee [[Red");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> completionShows("Redis"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> body().getText().endsWith("\nSee [[Redis]]"));
    }

    @Test
    void hashOffersTagsInUse() throws Exception {
        click.on("#bodyField").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write("\nAbout #caching/r");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> completionShows("caching/redis"));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> body().getText().endsWith("\nAbout #caching/redis"));
        assertThat(body().getText()).doesNotContain("\t");
    }

    @Test
    void aCaretPutInsideAnExistingLinkOpensNoListAndTheKeysStillMoveIt() throws Exception {
        click.on("#bodyField");
        Clicks.onFxThread(() -> {
            body().moveTo(body().getText().indexOf("[[") + 4); // as a click there does
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(completionShowing()).as("no list for a link the user did not type").isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        waitUntil(() -> Clicks.onFxThread(() -> body().getCaretPosition() == body().getLength()));
    }

    private boolean completionShowing() {
        return robot.lookup("#completionList").tryQuery().map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private CodeArea body() {
        return robot.lookup("#bodyField").query();
    }

    private boolean completionShows(String choice) {
        return robot.lookup("#completionList").tryQuery()
                .map(node -> ((ListView<?>) node).getItems().contains(choice) && node.getScene().getWindow().isShowing())
                .orElse(false);
    }
}
