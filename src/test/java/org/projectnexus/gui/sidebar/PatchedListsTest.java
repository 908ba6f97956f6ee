package org.projectnexus.gui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Progress;
import org.projectnexus.model.Tag;

/**
 * The sidebar's entry list and tag tree follow change events without reading the database again: after each kind
 * of change, what they show is what a fresh load would show.
 */
class PatchedListsTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;
    private EntryListViewModel list;
    private TagBrowserViewModel tags;
    private final ImmediateExecutor background = new ImmediateExecutor();

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home.resolve("kb"), Clock.systemUTC());
        note("Redis", "A store. #backend/caching #db");
        note("Queues", "Decouple. #backend/messaging");
        note("Plain", "No tags.");
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Slow API"));
        list = new EntryListViewModel(knowledgeBase.entries(), knowledgeBase.connections(), background);
        tags = new TagBrowserViewModel(knowledgeBase.entries(), knowledgeBase.connections(), background);
        list.reload(() -> { });
        tags.reload();
        knowledgeBase.onChange(event -> {
            list.apply(event);
            tags.apply(event);
        });
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry note(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    private Entry stored(String title) {
        return knowledgeBase.entries().findByTitle(title).orElseThrow();
    }

    /** What the list and the tree show equals what they would show if loaded afresh. */
    private void assertAsIfReloaded() {
        assertThat(list.shownEntries()).containsExactlyElementsOf(knowledgeBase.entries().summaries());
        TagBrowserViewModel fresh = new TagBrowserViewModel(knowledgeBase.entries(), knowledgeBase.connections(),
                background);
        fresh.reload();
        assertThat(tags.rootsProperty().get()).isEqualTo(fresh.rootsProperty().get());
        assertThat(tags.inUseProperty().get()).isEqualTo(fresh.inUseProperty().get());
    }

    @Test
    void savesCreatesRenamesAndTrashesArePatchedIn() {
        Entry redis = stored("Redis");
        knowledgeBase.entries().save(redis.withText("Redis", "A store. #backend/caching #backend/kv"));
        assertAsIfReloaded();
        assertThat(list.shownEntries().get(0).title()).isEqualTo("Redis");

        note("Kafka", "A log. #backend/messaging #streams");
        assertAsIfReloaded();

        // A challenge's state is part of what the list shows (its icon): a patched summary carries it.
        org.projectnexus.model.Challenge slow = (org.projectnexus.model.Challenge) stored("Slow API");
        knowledgeBase.entries().save(slow.withDetails("Pages take seconds.", "Cached.",
                org.projectnexus.model.ChallengeStatus.SOLVED));
        assertAsIfReloaded();

        knowledgeBase.entries().save(stored("Queues").withText("Message queues", "Decouple. #backend/messaging"));
        assertAsIfReloaded();

        knowledgeBase.entries().delete(stored("Kafka").id());
        assertAsIfReloaded();
        assertThat(tags.inUseProperty().get()).doesNotContain("streams");

        knowledgeBase.safety().restoreFromTrash(knowledgeBase.safety().trash().get(0).id());
        assertAsIfReloaded();
    }

    @Test
    void aParentTagCountsEachEntryOnceAndTheTagFilterFollowsChanges() {
        assertThat(tags.rootsProperty().get().get("backend").count()).isEqualTo(2);
        list.filterByTag(new Tag("backend"));
        assertThat(list.shownEntries()).extracting(EntrySummary::title).containsExactlyInAnyOrder("Redis", "Queues");

        knowledgeBase.entries().save(stored("Plain").withText("Plain", "Now tagged. #backend/misc #backend/more"));
        assertThat(list.shownEntries()).extracting(EntrySummary::title).containsExactlyInAnyOrder("Plain", "Redis", "Queues");
        assertThat(tags.rootsProperty().get().get("backend").count()).isEqualTo(3);

        knowledgeBase.entries().save(stored("Redis").withText("Redis", "Untagged now."));
        assertThat(list.shownEntries()).extracting(EntrySummary::title).containsExactlyInAnyOrder("Plain", "Queues");
        assertAsIfReloadedIgnoringTheFilter();
    }

    private void assertAsIfReloadedIgnoringTheFilter() {
        list.filterByTag(null);
        assertAsIfReloaded();
    }

    @Test
    void aLargeImportIsRebuiltInMemory() throws Exception {
        Path vault = Files.createDirectories(home.resolve("vault"));
        for (int i = 0; i < 150; i++) {
            Files.writeString(vault.resolve("Imported " + i + ".md"), "Imported note. #imported/n" + (i % 7) + "\n");
        }
        knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());

        assertAsIfReloaded();
        Map<String, TagBrowserViewModel.TagNode> roots = tags.rootsProperty().get();
        assertThat(roots.get("imported").count()).isEqualTo(150);
        List<UUID> ids = list.shownEntries().stream().map(EntrySummary::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }
}
