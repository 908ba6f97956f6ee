package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Clock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ReadmeLine;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryVersion;
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

    @Test
    void theReadmeIsKeptOnlyWhileItsLinesAndOptionsAreTheSame() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            var entries = knowledgeBase.entries();
            Entry redis = entries.add(entries.draft(EntryKind.NOTE, "Redis")
                    .withText("Redis", "A cache. #technology/infrastructure-and-tools\n"));
            Path kept = temp.resolve("kept");
            publish(knowledgeBase, kept);
            String readme = Files.readString(kept.resolve("README.md"));

            // A new paragraph leaves the README's line as it was: the README is kept, and equal to one made again.
            entries.save(entries.find(redis.id()).orElseThrow().withText("Redis",
                    "A cache. #technology/infrastructure-and-tools\n\nIt keeps keys in memory.\n"));
            assertThat(publish(knowledgeBase, kept)).isEqualTo(publish(knowledgeBase, temp.resolve("fresh-1")));
            assertThat(Files.readString(kept.resolve("README.md"))).isEqualTo(readme);

            // Another summary, or another title for the hub: the README is made again.
            entries.save(entries.find(redis.id()).orElseThrow().withText("Redis",
                    "An in-memory store. #technology/infrastructure-and-tools\n"));
            assertThat(publish(knowledgeBase, kept)).isEqualTo(publish(knowledgeBase, temp.resolve("fresh-2")));
            assertThat(Files.readString(kept.resolve("README.md"))).contains("An in-memory store");
            var titled = knowledgeBase.publishing().plan(PublishRequest.to(kept).withHub("Ada's hub", null));
            knowledgeBase.publishing().publish(titled, true, () -> null, Progress.none());
            assertThat(Files.readString(kept.resolve("README.md"))).startsWith("# Ada's hub");
        }
    }

    @Test
    void aDamagedCacheCostsAFullPublishNeverAWrongPage() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            var entries = knowledgeBase.entries();
            Entry redis = entries.add(entries.draft(EntryKind.NOTE, "Redis").withText("Redis", "A cache.\n"));
            entries.add(entries.draft(EntryKind.NOTE, "Caching").withText("Caching", "See [[Redis]].\n"));
            Path kept = temp.resolve("kept");
            publish(knowledgeBase, kept);
            Path cache = PageCache.file(kept);
            assertThat(cache).exists();
            byte[] whole = Files.readAllBytes(cache);
            Files.write(cache, java.util.Arrays.copyOf(whole, whole.length / 2)); // cut in the middle of a page

            entries.save(entries.find(redis.id()).orElseThrow().withText("Redis", "An in-memory cache.\n"));
            assertThat(publish(knowledgeBase, kept)).isEqualTo(publish(knowledgeBase, temp.resolve("fresh")));
            assertThat(PageCache.readStored(kept).forLayout("another layout")).isEqualTo(PageCache.Kept.NONE);
        }
    }

    @Test
    void theCacheKeepsEveryFieldOfAPageAndItsReadmeLine() throws Exception {
        UUID challenge = UUID.randomUUID();
        UUID section = UUID.randomUUID();
        String longBody = "A section text longer than 64 KB, which DataOutput.writeUTF could not hold. ".repeat(1_000);
        Map<UUID, PageCache.Page> pages = new java.util.LinkedHashMap<>();
        pages.put(section, new PageCache.Page(new EntryVersion(1, java.time.Instant.parse("2026-12-07T10:00:00.123456Z")),
                "notes/Overview.md", ObjectId.fromString("b".repeat(40)),
                new ReadmeLine(section, EntryKind.NOTE, "Overview", null, null, null, null, longBody,
                        "overview", List.of(), List.of()), List.of(), PageLinks.of(Map.of())));
        pages.put(challenge, new PageCache.Page(new EntryVersion(3,
                java.time.Instant.parse("1969-07-20T20:17:00Z")), "challenges/Slow API.md", ObjectId.fromString("a".repeat(40)),
                new ReadmeLine(challenge, EntryKind.CHALLENGE, "Slow API", "Too many queries.", "Cache it.",
                        ChallengeStatus.VERIFIED, null, null, null, List.of("apis"), List.of("caching", "é")),
                List.of("N+1", "Lenteur é"), PageLinks.of(Map.of("redis", "notes/Redis", "gone", "", "x".repeat(70_000), ""))));
        Path repository = temp.resolve("repository");
        PageCache.Readme readme = new PageCache.Readme("options", "c".repeat(40));
        PageCache.write(repository, "layout-1", new PageCache.Kept(pages, readme));

        assertThat(PageCache.readStored(repository).forLayout("layout-1")).isEqualTo(new PageCache.Kept(pages, readme));
        // Where each link pointed, as it was written.
        assertThat(PageCache.readStored(repository).kept().pages().get(challenge).links().targets())
                .containsExactlyInAnyOrderEntriesOf(Map.of("redis", "notes/Redis", "gone", "", "x".repeat(70_000), ""));
        // In the order written: a publish of edits alone takes it as the README's order.
        assertThat(PageCache.readStored(repository).kept().pages().keySet()).containsExactly(section, challenge);
        assertThat(PageCache.readStored(repository).forLayout("layout-2")).isEqualTo(PageCache.Kept.NONE);
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
