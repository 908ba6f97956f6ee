package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectnexus.gui.graph.GraphView;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;

/** Renaming rewrites links, clicking a tag filters the list, and the graph opens the entry of a clicked node. */
class ConnectedKnowledgeTest extends NexusWindowTest {

    @BeforeEach
    void start() throws Exception {
        startNexus();
    }

    @Test
    void renamingAnEntryRewritesEveryLinkToIt() throws Exception {
        openByFilter("Redis");
        click.on("#titleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Redis Cache").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        // Issue 25, point 7: the rename says how many links it rewrote, in how many entries.
        waitUntil(() -> robot.lookup("#statusBar").<org.controlsfx.control.StatusBar>query().getText()
                .matches("Saved · \\d+ links? in \\d+ entr(y|ies) updated to the new title\\."));
        closeNexus();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            var everything = knowledgeBase.entries().indexedEntries(java.util.Optional.empty());
            assertThat(everything).flatExtracting(indexed -> indexed.links())
                    .extracting(link -> link.target().toLowerCase())
                    .contains("redis cache").doesNotContain("redis");
            Entry caching = knowledgeBase.entries().findByTitle("Caching Strategies").orElseThrow();
            assertThat(caching.body()).contains("[[Redis Cache").doesNotContain("[[Redis]]");
        }
        startNexus();
    }

    @Test
    void clickingATagFiltersTheEntryList() throws Exception {
        TreeView<?> tags = robot.lookup("#tagTree").query();
        waitUntil(() -> !tags.getRoot().getChildren().isEmpty());
        javafx.scene.Node cachingTag = robot.lookup(node -> node instanceof javafx.scene.control.TreeCell<?> cell
                && cell.getText() != null && cell.getText().startsWith("#caching ")).query();
        int expected = Integer.parseInt(((javafx.scene.control.TreeCell<?>) cachingTag).getText().replaceAll("\\D", ""));
        click.on(cachingTag);
        waitUntil(() -> shownTitles().size() == expected);
        assertThat(shownTitles()).contains("Redis", "Caching Strategies");
        click.on("#tagFilterChip");
        waitUntil(() -> shownTitles().size() > 20);
    }

    @Test
    void clickingANodeInTheGraphOpensItsEntry() throws Exception {
        click.on("View");
        click.on("Graph");
        java.util.UUID docker = summaries().stream().filter(summary -> summary.title().equals("Docker"))
                .findFirst().orElseThrow().id();
        // The graph's layout and transforms are read on the FX thread (see Clicks).
        waitUntil(() -> Clicks.onFxThread(() -> graph() != null && graph().screenPointOf(docker) != null));
        robot.moveTo(Clicks.onFxThread(() -> graph().screenPointOf(docker)))
                .clickOn(javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(() -> "Docker".equals(title()));
    }

    private void openByFilter(String title) throws TimeoutException {
        click.on("#entryFilter").write(title);
        java.util.function.Predicate<javafx.scene.Node> cellOfTitle = node -> node instanceof javafx.scene.control.TreeCell<?> cell
                && title.equals(cell.getText());
        waitUntil(() -> robot.lookup(cellOfTitle).tryQuery().isPresent());
        click.on(robot.lookup(cellOfTitle).<javafx.scene.Node>query());
        waitUntil(() -> title.equals(title()));
        click.on("#entryFilter").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
    }

    private java.util.List<String> shownTitles() {
        return summaries().stream().map(EntrySummary::title).toList();
    }

    private java.util.List<EntrySummary> summaries() {
        TreeView<Object> tree = robot.lookup("#entryTree").query();
        java.util.List<EntrySummary> shown = new java.util.ArrayList<>();
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                shown.add((EntrySummary) item.getValue());
            }
        }
        return shown;
    }

    private GraphView graph() {
        return Window.getWindows().stream().filter(window -> window.getScene() != null)
                .map(window -> window.getScene().getRoot().lookup("#graphCanvas"))
                .filter(java.util.Objects::nonNull).map(canvas -> (GraphView) canvas.getParent())
                .findFirst().orElse(null);
    }

}
