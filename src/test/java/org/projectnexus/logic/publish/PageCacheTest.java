package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;

/**
 * A publish that keeps the pages of unchanged entries from the last one must give the very files a publish making
 * every page again gives: after an edit, after a rename that moves links in other pages, after a deletion.
 */
class PageCacheTest {

    @TempDir
    Path temp;

    @Test
    void keptPagesGiveTheSameTreeAsPagesMadeAgain() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            var entries = knowledgeBase.entries();
            Entry redis = entries.add(entries.draft(EntryKind.NOTE, "Redis")
                    .withText("Redis", "A cache. #technology/infrastructure-and-tools\n"));
            entries.add(entries.draft(EntryKind.NOTE, "Caching").withText("Caching", "See [[Redis]]. #concept/caching\n"));
            Entry old = entries.add(entries.draft(EntryKind.TAKEAWAY, "Old").withText("Old", "Gone soon.\n"));
            Path kept = temp.resolve("kept");
            publish(knowledgeBase, kept);

            entries.save(entries.find(redis.id()).orElseThrow().withText("Redis", "An in-memory cache. #technology/infrastructure-and-tools\n"));
            ObjectId edited = publish(knowledgeBase, kept);
            assertThat(edited).isEqualTo(publish(knowledgeBase, temp.resolve("fresh-1")));

            Entry current = entries.find(redis.id()).orElseThrow();
            entries.save(current.withText("Valkey", current.body())); // every page's links may point elsewhere
            entries.delete(old.id());
            ObjectId renamed = publish(knowledgeBase, kept);
            assertThat(renamed).isEqualTo(publish(knowledgeBase, temp.resolve("fresh-2")));
            assertThat(kept.resolve("notes/Valkey.md")).exists();
            assertThat(kept.resolve("notes/Redis.md")).doesNotExist();
            assertThat(kept.resolve("takeaways/Old.md")).doesNotExist();
        }
    }

    /** Publishes everything to {@code folder}; the tree of its head commit. */
    private static ObjectId publish(KnowledgeBase knowledgeBase, Path folder) throws Exception {
        var plan = knowledgeBase.publishing().plan(PublishRequest.to(folder));
        knowledgeBase.publishing().publish(plan, true, () -> null, Progress.none());
        try (Git git = Git.open(folder.toFile())) {
            return git.getRepository().parseCommit(git.getRepository().resolve("HEAD")).getTree().getId();
        }
    }
}
