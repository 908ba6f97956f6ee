package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;

/**
 * A publish reuses the entries its plan read only while nothing was committed in between: an entry renamed after
 * the plan is published under its new title, never its old one. And what the plan read of the working copy (the
 * last commit's files, the page cache) only while the branch has not moved since.
 */
class PlanReadingTest {

    @TempDir
    Path temp;

    @Test
    void anEntryChangedBetweenThePlanAndThePublishIsPublishedAsItIsNow() {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            var entries = knowledgeBase.entries();
            Entry redis = entries.add(entries.draft(EntryKind.NOTE, "Redis").withText("Redis", "A cache.\n"));
            Path repository = temp.resolve("published");
            var publishing = knowledgeBase.publishing();
            publishing.publish(publishing.plan(PublishRequest.to(repository)), true, () -> null, Progress.none());

            PublishPlan plan = publishing.plan(PublishRequest.to(repository));
            entries.save(entries.find(redis.id()).orElseThrow().withText("Valkey", "A cache, renamed.\n"));
            PublishResult result = publishing.publish(plan, true, () -> null, Progress.none());

            assertThat(result.problem()).isNull();
            assertThat(repository.resolve("notes/Valkey.md")).exists();
            assertThat(repository.resolve("notes/Redis.md")).doesNotExist();
        }
    }

    @Test
    void aPlanFollowedAtOnceByItsPublishPublishesWhatThePlanSaw() {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            var entries = knowledgeBase.entries();
            entries.add(entries.draft(EntryKind.NOTE, "Redis").withText("Redis", "A cache.\n"));
            entries.add(entries.draft(EntryKind.NOTE, "Diary").withText("Diary", "#private/journal\n"));
            Path repository = temp.resolve("published");
            var publishing = knowledgeBase.publishing();

            PublishPlan plan = publishing.plan(PublishRequest.to(repository));
            assertThat(plan.privateEntries()).isEqualTo(1);
            publishing.publish(plan, true, () -> null, Progress.none());

            assertThat(repository.resolve("notes/Redis.md")).exists();
            assertThat(repository.resolve("notes/Diary.md")).doesNotExist();
        }
    }

    @Test
    void aPlanWhoseWorkingCopyMovedSinceStillPublishesTheEntriesAsTheyAre() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            var entries = knowledgeBase.entries();
            Entry redis = entries.add(entries.draft(EntryKind.NOTE, "Redis").withText("Redis", "A cache.\n"));
            Entry kafka = entries.add(entries.draft(EntryKind.NOTE, "Kafka").withText("Kafka", "A log.\n"));
            Path repository = temp.resolve("published");
            var publishing = knowledgeBase.publishing();
            publishing.publish(publishing.plan(PublishRequest.to(repository)), true, () -> null, Progress.none());

            entries.save(entries.find(redis.id()).orElseThrow().withText("Redis", "A cache, edited.\n"));
            PublishPlan stale = publishing.plan(PublishRequest.to(repository));
            entries.save(entries.find(kafka.id()).orElseThrow().withText("Kafka", "A log, edited.\n"));
            PublishResult between = publishing.publish(publishing.plan(PublishRequest.to(repository)), true,
                    () -> null, Progress.none());
            assertThat(between.commit()).isNotNull();
            PublishResult result = publishing.publish(stale, true, () -> null, Progress.none());

            assertThat(result.problem()).isNull();
            assertThat(result.commit()).isNull(); // the publish between sent everything already
            assertThat(java.nio.file.Files.readString(repository.resolve("notes/Redis.md"))).contains("A cache, edited.");
            assertThat(java.nio.file.Files.readString(repository.resolve("notes/Kafka.md"))).contains("A log, edited.");
            try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repository.toFile())) {
                assertThat(git.status().call().isClean()).isTrue();
            }
        }
    }

    @Test
    void aWorkingCopyThatCannotBeReadIsSaidSoByThePlan() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Redis").withText("Redis", "A cache.\n"));
            Path repository = temp.resolve("published");
            java.nio.file.Files.createDirectories(repository.resolve(".git")); // a .git folder with nothing in it

            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> knowledgeBase.publishing().plan(PublishRequest.to(repository)))
                    .isInstanceOf(org.projectnexus.model.NexusException.class)
                    .hasMessageContaining("Could not open the repository in");
        }
    }
}
