package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import org.projectnexus.model.ExchangeCancelledException;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/**
 * The README export reads the knowledge base a page at a time instead of all at once (ADR 14), keeping a line per
 * entry (1,200 entries, so more than two pages of 500; every section of the template, links, aliases, headings
 * inside and outside code fences).
 */
class ReadmeStreamingTest {

    @TempDir
    Path temp;

    @Test
    void theReadmeOfTwelveHundredEntriesIsWhatTheAllAtOnceExporterWrote() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), new TickingClock())) {
            knowledgeBase.entries().addAll(entries(knowledgeBase));
            Path out = temp.resolve("README.md");

            assertThat(knowledgeBase.exchange().export(ExportFormat.README, out, LinkStyle.WIKI, Progress.none())).isEqualTo(1200);

            String readme = Files.readString(out);
            long challenges = knowledgeBase.entries().indexedEntries(java.util.Optional.of(EntryKind.CHALLENGE)).stream()
                    .filter(indexed -> indexed.tags().stream().noneMatch(tag -> tag.name().startsWith("readme/"))).count();
            assertThat(readme).contains("## ⚡ Challenges & Solutions", "- **Python**\n  - [Title ");
            assertThat(readme.lines().filter(line -> line.startsWith("- **Challenge:** [Title "))).hasSize((int) challenges);
            assertThat(readme).doesNotContain("[[").doesNotContainPattern("(?m)^## Heading").contains("### Heading ");
        }
    }

    @Test
    void aCancelledReadmeExportLeavesNoFileBehind() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), new TickingClock())) {
            knowledgeBase.entries().addAll(entries(knowledgeBase));
            Path out = temp.resolve("README.md");
            java.util.concurrent.atomic.AtomicInteger writingSteps = new java.util.concurrent.atomic.AtomicInteger();
            Progress cancelHalfWay = new Progress() {
                @Override
                public void update(String phase, long done, long total) {
                    if (phase.startsWith("Reading")) {
                        writingSteps.incrementAndGet();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return writingSteps.get() >= 700;
                }
            };

            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> knowledgeBase.exchange().export(ExportFormat.README, out, LinkStyle.WIKI, cancelHalfWay))
                    .isInstanceOf(ExchangeCancelledException.class);
            assertThat(writingSteps.get()).isEqualTo(700);
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aReadmeIsNeverWrittenOverAFileThatExists() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), new TickingClock())) {
            knowledgeBase.entries().addAll(entries(knowledgeBase).subList(0, 10));
            Path mine = Files.writeString(temp.resolve("README.md"), "my own README");

            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> knowledgeBase.exchange().export(ExportFormat.README, mine, LinkStyle.WIKI, Progress.none()))
                    .isInstanceOf(org.projectnexus.model.NexusException.class).hasMessageContaining("exists already");
            assertThat(mine).hasContent("my own README");
        }
    }

    private static List<Entry> entries(KnowledgeBase knowledgeBase) {
        Random random = new Random(20);
        String[] sections = {"readme/overview", "readme/project-objective", "readme/key-features",
                "readme/collaboration", "readme/conclusion", "readme/other-section"};
        String[] tags = {"technology", "technology/python", "caching", "backend/queues", "design", "api"};
        List<Entry> drafts = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            EntryKind kind = EntryKind.values()[random.nextInt(3)];
            StringBuilder body = new StringBuilder();
            if (random.nextInt(5) == 0) {
                body.append("---\naliases: [Other ").append(i).append("]\n---\n");
            }
            body.append("# Heading ").append(i).append("\n\nSee [[Title ").append(random.nextInt(1200))
                    .append("]] and [[Other ").append(random.nextInt(1200)).append("|the other]] and [[Title ")
                    .append(random.nextInt(1200)).append("#Heading 3]] and [[Nowhere]].\n\n```bash\n# not a heading\n```\n\n");
            if (random.nextInt(4) == 0) {
                body.append("#").append(random.nextInt(8) == 0 ? sections[random.nextInt(sections.length)]
                        : tags[random.nextInt(tags.length)]).append('\n');
            }
            Entry draft = knowledgeBase.entries().draft(kind, "Title " + i).withText("Title " + i, body.toString());
            if (draft instanceof Challenge challenge) {
                draft = challenge.withDetails("Problem of [[Title " + (i + 1) + "]]", random.nextBoolean()
                        ? "Solved by #caching" : "", random.nextBoolean() ? ChallengeStatus.SOLVED : ChallengeStatus.OPEN);
            } else if (draft instanceof Takeaway takeaway) {
                draft = takeaway.withCategory(TakeawayCategory.values()[random.nextInt(TakeawayCategory.values().length)]);
            }
            drafts.add(draft);
        }
        return drafts;
    }

    /** A clock that moves on a second each time it is read, so every entry has its own creation time. */
    private static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }
    }
}
