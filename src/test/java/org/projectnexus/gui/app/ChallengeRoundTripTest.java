package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.projectnexus.model.ChallengeStatus;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * A user creates a challenge in the real window, sees its heading and table in the preview, closes Nexus,
 * starts it again on the same data folder and finds the challenge with every field.
 */
class ChallengeRoundTripTest extends NexusWindowTest {

    @Test
    void aChallengeWithAHeadingAndATableSurvivesARestart() throws Exception {
        startNexus();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        click.on("New challenge");
        waitUntil(() -> "Untitled challenge".equals(text("#titleField")));

        click.on("#titleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Queue backlog in production");
        click.on("#problemField").write("Workers fall behind at peak.");
        click.on("#solutionField").write("Scale the consumers.");
        robot.interact(() -> robot.lookup("#statusField").<ComboBox<ChallengeStatus>>query()
                .getSelectionModel().select(ChallengeStatus.SOLVED));
        click.on("#bodyField").write("## Timeline\n\n| Step | Minutes |\n|---|---|\n| Detect | 5 |\n");

        waitUntil(() -> previewHas("h2", "Timeline") && previewHas("td", "Detect")
                && previewHas("h1", "Queue backlog in production"));
        waitUntil(() -> "Saved".equals(statusText()));

        closeNexus();
        startNexus();

        waitUntil(() -> "Queue backlog in production".equals(text("#titleField")));
        assertThat(text("#problemField")).isEqualTo("Workers fall behind at peak.");
        assertThat(text("#solutionField")).isEqualTo("Scale the consumers.");
        assertThat(robot.lookup("#statusField").<ComboBox<ChallengeStatus>>query().getValue())
                .isEqualTo(ChallengeStatus.SOLVED);
        assertThat(text("#bodyField")).isEqualTo("## Timeline\n\n| Step | Minutes |\n|---|---|\n| Detect | 5 |\n");
        waitUntil(() -> previewHas("td", "Detect"));
    }

    @Test
    void closingTheWindowSavesWhatWasJustTyped() throws Exception {
        startNexus();
        String title = text("#titleField");
        click.on("#bodyField").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write("\nTyped right before closing.");
        closeNexus();
        startNexus();
        waitUntil(() -> title.equals(text("#titleField")));
        assertThat(text("#bodyField")).endsWith("\nTyped right before closing.");
    }


    private String text(String query) {
        Object node = robot.lookup(query).query();
        if (node instanceof org.fxmisc.richtext.CodeArea code) {
            return code.getText();
        }
        return node instanceof TextArea area ? area.getText() : ((TextField) node).getText();
    }

    private String statusText() {
        return robot.lookup("#statusBar").<StatusBar>query().getText();
    }

    private boolean previewHas(String tag, String text) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Document document = robot.lookup("#previewWebView").<WebView>query().getEngine().getDocument();
                if (document == null) {
                    return false;
                }
                var elements = document.getElementsByTagName(tag);
                for (int i = 0; i < elements.getLength(); i++) {
                    if (elements.item(i).getTextContent().strip().equals(text)) {
                        return true;
                    }
                }
                return false;
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception notReadable) {
            return false;
        }
    }

}
