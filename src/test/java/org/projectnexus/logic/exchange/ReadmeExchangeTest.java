package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;

/** The Project Nexus README template (wrapped in a code fence, garbled emoji and all) in and out. */
class ReadmeExchangeTest {

    @TempDir
    Path temp;

    @Test
    void theSeedReadmeBecomesChallengesTakeawaysAndNotesAndExportsWithItsSections() throws IOException {
        Path seed = temp.resolve("README.md");
        try (var in = ReadmeExchangeTest.class.getResourceAsStream("project-nexus-README.md")) {
            Files.copy(in, seed);
        }
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            ImportReport report = knowledgeBase.exchange().importFrom(seed, ConflictPolicy.RENAME, Progress.none());
            assertThat(report.lines()).extracting(ImportReport.Line::reason)
                    .contains("the whole document is wrapped in a code fence", "garbled emoji (UTF-8 read as Mac Roman)");
            List<IndexedEntry> challenges = knowledgeBase.entries().indexedEntries(Optional.of(EntryKind.CHALLENGE));
            assertThat(challenges).hasSize(3);
            Challenge tasks = (Challenge) knowledgeBase
                    .entries().findByTitle("Handling long-running tasks without blocking user requests").orElseThrow();
            assertThat(tasks.problem()).isEqualTo("Handling long-running tasks without blocking user requests");
            assertThat(tasks.solution()).isEqualTo("Offloaded work using Celery + RabbitMQ workers");
            assertThat(tasks.status()).isEqualTo(ChallengeStatus.SOLVED);
            assertThat(knowledgeBase.entries().indexedEntries(Optional.of(EntryKind.TAKEAWAY))).hasSize(5);
            assertThat(knowledgeBase.entries().findByTitle("Database Design")).isPresent();
            assertThat(knowledgeBase.entries().findByTitle("Overview").orElseThrow().body()).contains("**Project Nexus**");
            assertThat(knowledgeBase.entries().findByTitle("Repository Setup").orElseThrow().body())
                    .contains("git push -u origin main");

            Path out = temp.resolve("README-out.md");
            knowledgeBase.exchange().export(ExportFormat.README, out, LinkStyle.WIKI, Progress.none());
            String readme = Files.readString(out);
            assertThat(readme.lines().filter(line -> line.startsWith("## ")).toList()).containsSubsequence(
                    "## 📌 Overview", "## 🎯 Project Objective", "## 🚀 Key Features", "## 🛠️ Key Technologies",
                    "## 📚 Important Concepts", "## ⚡ Challenges & Solutions",
                    "## 🌟 Best Practices & Personal Takeaways", "## 🤝 Collaboration", "## 📂 Repository Setup",
                    "## ✅ Conclusion");
            assertThat(readme).contains("**Solution:** Offloaded work using Celery + RabbitMQ workers")
                    .doesNotContain("üìå");
        }
    }

    @Test
    void itemsLinkToTheirPagesAndReadmeSectionsKeepTheirTextWithLinksToPages() throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Redis")
                    .withText("Redis", "A cache in memory. It is fast.\n\n#concept/caching-strategies\n"));
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Hub overview")
                    .withText("Hub overview", "Use [[Redis]] or [[Memcached]].\n\n## How\n\nCarefully.\n\nTags: #readme/overview\n"));
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Diary")
                    .withText("Diary", "Secret. #private #concept/caching-strategies\n"));
            Path out = temp.resolve("README.md");
            knowledgeBase.exchange().export(ExportFormat.README, out, LinkStyle.WIKI, Progress.none());
            String readme = Files.readString(out);
            assertThat(readme).contains("- **Caching Strategies**\n  - [Redis](notes/Redis.md): A cache in memory.\n",
                    "## 📌 Overview\n\nUse [Redis](notes/Redis.md) or Memcached.\n\n### How\n\nCarefully.\n")
                    .doesNotContain("Tags:").doesNotContain("Diary").doesNotContain("Secret");
        }
    }

    @Test
    void aChallengeKeepsItsTitleStatusAndSolutionThroughAReadmeAndBack() throws IOException {
        Path readme = temp.resolve("README.md");
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            Challenge draft = (Challenge) knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Slow reports");
            knowledgeBase.entries().add(((Challenge) draft.withText("Slow reports",
                    "Seen in March.\n\n## Measurements\n\nP95 was 9 s.\n")).withDetails("Reports took minutes.",
                    "Cached the aggregates. Then paged the rows.", ChallengeStatus.SOLVED));
            knowledgeBase.exchange().export(ExportFormat.README, readme, LinkStyle.WIKI, Progress.none());
        }
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb2"), Clock.systemUTC())) {
            knowledgeBase.exchange().importFrom(readme, ConflictPolicy.RENAME, Progress.none());
            Challenge back = (Challenge) knowledgeBase.entries().findByTitle("Slow reports").orElseThrow();
            assertThat(back.problem()).isEqualTo("Slow reports");
            assertThat(back.solution()).isEqualTo("Cached the aggregates.");
            assertThat(back.status()).isEqualTo(ChallengeStatus.SOLVED);
            Path again = temp.resolve("README-again.md");
            knowledgeBase.exchange().export(ExportFormat.README, again, LinkStyle.WIKI, Progress.none());
            assertThat(section(Files.readString(again), "## ⚡ Challenges"))
                    .isEqualTo(section(Files.readString(readme), "## ⚡ Challenges"));
        }
    }

    /** The lines of the section that starts with {@code heading}, up to the next section. */
    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading);
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
