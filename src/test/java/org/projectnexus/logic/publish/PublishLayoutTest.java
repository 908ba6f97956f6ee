package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.Entries;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.exchange.ExportedAttachments;
import org.projectnexus.logic.markdown.EntryIndexer;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.store.Database;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;
import org.projectnexus.model.Tag;

/**
 * A publish of edits alone takes the last publish's layout from the page cache ({@link PublishLayout#ofEdits}):
 * only when nothing but entries' texts changed, and then it gives the very tree a publish into a new repository
 * gives. Anything else (an entry added, deleted, made private, renamed, re-aliased) lays everything out again.
 */
class PublishLayoutTest {

    @TempDir
    Path temp;

    private Path home() {
        return temp.resolve("kb");
    }

    @Test
    void editedTextsArePublishedFromTheLastLayoutAndEverythingElseIsLaidOutAgain() throws Exception {
        Path kept = temp.resolve("kept");
        Entry[] made = new Entry[3];
        change(entries -> {
            made[0] = entries.add(entries.draft(EntryKind.NOTE, "Redis")
                    .withText("Redis", "A cache. #technology/infrastructure-and-tools\n"));
            made[1] = entries.add(entries.draft(EntryKind.NOTE, "Caching")
                    .withText("Caching", "See [[Redis]] and [[Slow API]]. #concept/caching\n"));
            made[2] = entries.add(entries.draft(EntryKind.CHALLENGE, "Slow API")
                    .withText("Slow API", "Too many queries; cached with [[Redis]].\n"));
        });
        publishedAlike(kept, 1);
        assertThat(editsAlone(kept)).as("nothing changed").isEqualTo(0);

        change(entries -> edit(entries, made[1], "Caching", "See [[Redis]], [[Slow API]] and [[Valkey]]. #concept/caching\n"));
        assertThat(editsAlone(kept)).as("one text edited").isEqualTo(1);
        publishedAlike(kept, 2);

        change(entries -> {
            edit(entries, made[0], "Redis", "An in-memory store. #technology/infrastructure-and-tools\n");
            edit(entries, made[2], "Slow API", "Too many queries; cached with [[Redis]]. Fixed.\n");
        });
        assertThat(editsAlone(kept)).as("two texts edited, one README line changed").isEqualTo(2);
        publishedAlike(kept, 3);

        change(entries -> edit(entries, made[0], "Valkey", "An in-memory store.\n"));
        assertThat(editsAlone(kept)).as("renamed: links elsewhere point to another file").isNull();
        publishedAlike(kept, 4);

        change(entries -> edit(entries, made[1], "Caching", "---\naliases: [Caches]\n---\nSee [[Valkey]].\n"));
        assertThat(editsAlone(kept)).as("an alias added: links to it now find a page").isNull();
        publishedAlike(kept, 5);

        change(entries -> edit(entries, made[2], "Slow API", "Too many queries. #private\n"));
        assertThat(editsAlone(kept)).as("made private: its page goes").isNull();
        publishedAlike(kept, 6);

        change(entries -> entries.add(entries.draft(EntryKind.TAKEAWAY, "Measure first").withText("Measure first",
                "Profile before caching.\n")));
        assertThat(editsAlone(kept)).as("a new entry").isNull();
        publishedAlike(kept, 7);

        change(entries -> entries.delete(made[1].id()));
        assertThat(editsAlone(kept)).as("a deleted entry").isNull();
        publishedAlike(kept, 8);

        change(entries -> edit(entries, made[0], "Valkey", "An in-memory store, forked from Redis.\n"));
        assertThat(editsAlone(kept)).as("a text edited after all that").isEqualTo(1);
        publishedAlike(kept, 9);
    }

    @Test
    void aWorkingCopyWithoutACacheIsLaidOutInFull() throws Exception {
        Path kept = temp.resolve("kept");
        change(entries -> entries.add(entries.draft(EntryKind.NOTE, "Redis").withText("Redis", "A cache.\n")));
        publishedAlike(kept, 1);
        java.nio.file.Files.delete(PageCache.file(kept));

        assertThat(editsAlone(kept)).isNull();
        publishedAlike(kept, 2);
        assertThat(editsAlone(kept)).isEqualTo(0);
    }

    @Test
    void anotherLayoutMakesAgainOnlyThePagesWhoseLinksNowPointElsewhere() throws Exception {
        Path kept = temp.resolve("kept");
        Entry[] redis = new Entry[1];
        change(entries -> {
            redis[0] = entries.add(entries.draft(EntryKind.NOTE, "Redis")
                    .withText("Redis", "---\naliases: [Cache]\n---\nAn in-memory store.\n"));
            entries.add(entries.draft(EntryKind.NOTE, "Caching").withText("Caching", "Put a [[Cache]] in front.\n"));
            entries.add(entries.draft(EntryKind.NOTE, "Queues").withText("Queues", "Redis lists: [[Redis]].\n"));
            entries.add(entries.draft(EntryKind.NOTE, "Pending").withText("Pending", "Later: [[Future]].\n"));
            entries.add(entries.draft(EntryKind.NOTE, "Unrelated").withText("Unrelated", "No links here.\n"));
        });
        publishedAlike(kept, 1);

        // Renamed: its own page, Queues (its link rewritten) and Caching (its link, by alias, now points at
        // another file) are made again; Pending and Unrelated are kept.
        change(entries -> edit(entries, redis[0], "Valkey", "---\naliases: [Cache]\n---\nAn in-memory store.\n"));
        assertThat(editsAlone(kept)).isNull();
        assertThat(madeAgain(kept)).isEqualTo(3);
        publishedAlike(kept, 2);

        // A link that pointed nowhere now finds a page: the new entry's page, and Pending's.
        change(entries -> entries.add(entries.draft(EntryKind.NOTE, "Future").withText("Future", "Soon.\n")));
        assertThat(madeAgain(kept)).isEqualTo(2);
        publishedAlike(kept, 3);
    }

    private static void edit(Entries entries, Entry entry, String title, String body) {
        entries.save(entries.find(entry.id()).orElseThrow().withText(title, body));
    }

    private void change(Consumer<Entries> change) {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home(), Clock.systemUTC())) {
            change.accept(knowledgeBase.entries());
        }
    }

    /** Publishes to {@code kept} and to a new repository: the two trees are the same. */
    private void publishedAlike(Path kept, int round) throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home(), Clock.systemUTC())) {
            assertThat(publish(knowledgeBase, kept)).as("round " + round)
                    .isEqualTo(publish(knowledgeBase, temp.resolve("fresh-" + round)));
        }
    }

    /**
     * How many entries the next publish to {@code kept} would make again from the last layout; null when it lays
     * everything out again. All entries' summaries and aliases are never read on the way.
     */
    private Integer editsAlone(Path kept) {
        Database database = Database.open(home());
        try {
            EntryStore store = new EntryStore(database, new EntryIndexer(new MarkdownParser())::index);
            ExportSource source = ExportSource.of(() -> {
                throw new AssertionError("every summary read");
            }, () -> {
                throw new AssertionError("every alias read");
            }, store::indexedPage);
            PublishLayout layout = PublishLayout.ofEdits(source, store.versionKeys(),
                    store.taggedWith(new Tag("private")), ExportedAttachments.Source.NONE, PageCache.readStored(kept),
                    id -> true);
            return layout == null ? null : layout.changed().size();
        } finally {
            database.close();
        }
    }

    /** How many pages the next publish to {@code kept} makes again when it lays everything out. */
    private int madeAgain(Path kept) {
        Database database = Database.open(home());
        try {
            EntryStore store = new EntryStore(database, new EntryIndexer(new MarkdownParser())::index);
            ExportSource source = ExportSource.of(store::summaries, store::aliases, store::indexedPage);
            return PublishLayout.ofAll(source, store.versionKeys(), store.taggedWith(new Tag("private")),
                    ExportedAttachments.Source.NONE, PageCache.readStored(kept), id -> true).changed().size();
        } finally {
            database.close();
        }
    }

    private static ObjectId publish(KnowledgeBase knowledgeBase, Path folder) throws Exception {
        var plan = knowledgeBase.publishing().plan(PublishRequest.to(folder));
        knowledgeBase.publishing().publish(plan, true, () -> null, Progress.none());
        try (Git git = Git.open(folder.toFile())) {
            return git.getRepository().parseCommit(git.getRepository().resolve("HEAD")).getTree().getId();
        }
    }
}
