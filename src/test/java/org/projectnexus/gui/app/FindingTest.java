package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectnexus.gui.preview.PreviewView;
import org.projectnexus.model.SearchHit;

/** The quick switcher, the search panel and back/forward, driven with the keyboard as a user would. */
class FindingTest extends NexusWindowTest {

    private static final String CHALLENGE = "Long-running tasks blocking user requests";

    @BeforeEach
    void start() throws Exception {
        startNexus();
    }

    @Test
    void theQuickSwitcherOpensAFuzzilyTypedEntryAndBackAndForwardReturn() throws Exception {
        String first = title();
        switchTo("lngrun");
        waitUntil(() -> CHALLENGE.equals(title()));

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> first.equals(title()));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitUntil(() -> CHALLENGE.equals(title()));
    }

    @Test
    void theQuickSwitcherCreatesAnEntryWhenNothingMatches() throws Exception {
        switchTo("Zookeeper leader election");
        waitUntil(() -> "Zookeeper leader election".equals(title()));
    }

    @Test
    void searchShowsResultsAsYouTypeAndEnterOpensTheBestWithTheWordsMarked() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("celery broker");
        ListView<SearchHit> results = robot.lookup("#searchResults").query();
        waitUntil(() -> !results.getItems().isEmpty() && results.getItems().get(0).title().equals("Celery"));
        assertThat(results.getItems()).extracting(SearchHit::title).contains(CHALLENGE);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Celery".equals(title()));
        PreviewView preview = robot.lookup(".preview").query();
        waitUntil(() -> preview.shownPageProperty().get() != null
                && preview.shownPageProperty().get().entry().title().equals("Celery")
                && !preview.shownPageProperty().get().highlights().isEmpty());
        assertThat(preview.shownPageProperty().get().highlights()).containsExactly("celery", "broker");
    }

    private void switchTo(String typed) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#switcherField").tryQuery().map(field -> field.isFocused()).orElse(false));
        // Monocle gives a new window the keyboard only once it is clicked.
        click.on("#switcherField").write(typed);
        javafx.scene.control.TextField field = robot.lookup("#switcherField").query();
        waitUntil(() -> typed.equals(field.getText()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !field.getScene().getWindow().isShowing());
    }
}
