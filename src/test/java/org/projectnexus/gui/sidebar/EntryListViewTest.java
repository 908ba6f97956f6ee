package org.projectnexus.gui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The entry tree patched from change events shows what a tree built afresh shows: the same groups, counts, order. */
class EntryListViewTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private KnowledgeBase knowledgeBase;
    private EntryListViewModel list;
    private EntryListView view;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        knowledgeBase = KnowledgeBase.open(home.resolve("kb"), Clock.systemUTC());
        add(EntryKind.NOTE, "Redis");
        add(EntryKind.NOTE, "Queues");
        add(EntryKind.TAKEAWAY, "Measure first");
        robot.interact(() -> {
            list = new EntryListViewModel(knowledgeBase.entries(), knowledgeBase.connections(), new ImmediateExecutor());
            list.reload(() -> { });
            view = new EntryListView(list, id -> { });
            knowledgeBase.onChange(list::apply);
        });
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry add(EntryKind kind, String title) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(kind, title));
    }

    @Test
    void savesCreatesRenamesAndTrashesPatchTheTreeAsARebuildWouldShowIt() {
        robot.interact(() -> {
            Entry redis = knowledgeBase.entries().findByTitle("Redis").orElseThrow();
            knowledgeBase.entries().save(redis.withText("Redis", "Edited."));
            add(EntryKind.CHALLENGE, "Slow API");
            Entry queues = knowledgeBase.entries().findByTitle("Queues").orElseThrow();
            knowledgeBase.entries().save(queues.withText("Message queues", ""));
            knowledgeBase.entries().delete(knowledgeBase.entries().findByTitle("Measure first").orElseThrow().id());
        });
        List<String> patched = onFx(() -> rows(view));

        assertThat(patched).containsExactly("Notes (2)", "  Message queues", "  Redis", "Challenges (1)", "  Slow API",
                "Takeaways (0)");
        assertThat(patched).isEqualTo(onFx(() -> rows(new EntryListView(list, id -> { }))));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new AssertionError(failure);
        }
    }

    private static List<String> rows(EntryListView view) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = (TreeView<Object>) view.lookup("#entryTree");
        List<String> rows = new ArrayList<>();
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            EntryListView.KindGroup kind = (EntryListView.KindGroup) group.getValue();
            rows.add(kind.kind().pluralName() + " (" + kind.count() + ")");
            group.getChildren().forEach(item -> rows.add("  " + ((org.projectnexus.model.EntrySummary) item.getValue()).title()));
        }
        return rows;
    }
}
