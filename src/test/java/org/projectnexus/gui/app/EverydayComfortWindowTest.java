package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectnexus.gui.sidebar.TagBrowserViewModel;

/** Issue 25 through the window: the rough edges of the first hour (points 1, 3 and 7). */
class EverydayComfortWindowTest extends NexusWindowTest {

    @BeforeEach
    void start() throws Exception {
        startNexus();
    }

    private String status() {
        return robot.lookup("#statusBar").<StatusBar>query().getText();
    }

    @Test
    void deleteEntryWorksWhileTheCaretIsInTheEditor() throws Exception {
        String doomed = title();
        click.on("#bodyField").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE)
                .release(KeyCode.DELETE, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream().anyMatch(pane ->
                ((DialogPane) pane).getContentText() != null
                        && ((DialogPane) pane).getContentText().contains("“" + doomed + "”")));
        click.on("OK");
        waitUntil(() -> !title().isEmpty() && !title().equals(doomed));
    }

    @Test
    void oneClickOnABacklinkOpensIt() throws Exception {
        openByFilter("Redis");
        ListView<?> backlinks = robot.lookup("#backlinkList").query();
        waitUntil(() -> !backlinks.getItems().isEmpty());
        String source = ((org.projectnexus.model.Reference) backlinks.getItems().get(0)).source().title();
        click.on(robot.lookup("#backlinkList .reference-title").<Node>query());
        waitUntil(() -> title().equals(source));
    }

    @Test
    void aChallengesProblemHasTheBodysEditorWithCompletion() throws Exception {
        click.on("File");
        click.on("New challenge");
        waitUntil(() -> title().startsWith("Untitled challenge"));
        Node problem = robot.lookup("#problemField").query();
        assertThat(problem).isInstanceOf(CodeArea.class);
        click.on("#problemField").write("Consumers lag behind [[Red");
        waitUntil(() -> robot.lookup("#completionList").tryQuery().map(node ->
                ((ListView<?>) node).getItems().contains("Redis") && node.getScene().getWindow().isShowing())
                .orElse(false));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ((CodeArea) problem).getText().equals("Consumers lag behind [[Redis]]"));
    }

    @Test
    void theTagsPanelShowsATagOnlyOnceItsTextHasSettled() throws Exception {
        TreeView<?> tags = robot.lookup("#tagTree").query();
        waitUntil(() -> !tags.getRoot().getChildren().isEmpty());
        click.on("#bodyField").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write("\nAbout #zzcach").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "Saved".equals(status()));
        robot.write("ing").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "Saved".equals(status()));
        assertThat(tagShown("#zzcach")).as("a tag being typed").isFalse();
        assertThat(tagShown("#zzcaching")).as("held until the editing settles").isFalse();

        openByFilter("Docker"); // leaving the entry settles it
        waitUntil(() -> tagShown("#zzcaching"));
        assertThat(tagShown("#zzcach")).isFalse();
    }

    @Test
    void theGraphHasALegendAndEscOrCtrlWClosesIt() throws Exception {
        for (KeyCode[] keys : new KeyCode[][] {{KeyCode.ESCAPE}, {KeyCode.CONTROL, KeyCode.W}}) {
            click.on("#titleField").press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
            waitUntil(() -> graphWindow() != null && graphWindow().isShowing());
            assertThat(graphWindow().getScene().lookup("#graphLegend")).isNotNull();
            robot.targetWindow(graphWindow());
            Clicks.onFxThread(() -> {
                graphWindow().requestFocus();
                return null;
            });
            robot.press(keys);
            robot.release(keys);
            waitUntil(() -> graphWindow() == null || !graphWindow().isShowing());
        }
    }

    @Test
    void ctrlSlashShowsTheShortcutsAndTheFirstRunPointsAtHelp() throws Exception {
        assertThat(robot.lookup("#firstRunHint").tryQuery()).isPresent();
        click.on("#titleField").press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#helpDialog").tryQuery().isPresent());
        assertThat(robot.lookup(".help-key").queryAll()).extracting(node -> ((javafx.scene.control.Label) node).getText())
                .contains("Ctrl+Shift+Delete", "Ctrl+/");
        click.on("Close");
        click.on("Help");
        click.on("#aboutMenu");
        waitUntil(() -> robot.lookup("#helpDialog").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAll()).anyMatch(node ->
                home.toAbsolutePath().toString().equals(((javafx.scene.control.Label) node).getText()));
        click.on("Close");
    }

    private javafx.stage.Window graphWindow() {
        return Clicks.onFxThread(() -> javafx.stage.Window.getWindows().stream()
                .filter(window -> window instanceof javafx.stage.Stage stage && "Nexus graph".equals(stage.getTitle()))
                .findFirst().orElse(null));
    }

    /** Whether the tag tree holds the tag at its top level (looked up in its items: cells exist only on screen). */
    private boolean tagShown(String tag) {
        return Clicks.onFxThread(() -> robot.lookup("#tagTree").<TreeView<TagBrowserViewModel.TagNode>>query()
                .getRoot().getChildren().stream().anyMatch(item -> ("#" + item.getValue().name()).equals(tag)));
    }

    private void openByFilter(String title) throws TimeoutException {
        click.on("#entryFilter").write(title);
        Predicate<Node> cellOfTitle = node -> node instanceof TreeCell<?> cell && title.equals(cell.getText());
        waitUntil(() -> robot.lookup(cellOfTitle).tryQuery().isPresent());
        click.on(robot.lookup(cellOfTitle).<Node>query());
        waitUntil(() -> title.equals(title()));
        click.on("#entryFilter").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
    }
}
