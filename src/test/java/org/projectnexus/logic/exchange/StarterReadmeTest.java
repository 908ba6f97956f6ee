package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;

/** The README of the starter knowledge base, read by its sections: at least as complete as the seed's (issue 23). */
class StarterReadmeTest {

    static final List<String> SECTIONS = List.of("Overview", "Project Objective", "Key Features", "Key Technologies",
            "Important Concepts", "Challenges & Solutions", "Best Practices & Personal Takeaways", "Collaboration",
            "Repository Setup", "Conclusion");

    @TempDir
    Path temp;

    @Test
    void theStarterReadmeHasEverySectionOfTheSeedFilledInItsOrder() throws IOException {
        Path readme = exportStarterReadme(new ReadmeOptions("My Nexus", "Ada Lovelace", null));
        String text = Files.readString(readme);
        assertThat(Files.size(readme)).isLessThanOrEqualTo(30 * 1024);
        assertThat(text).startsWith("# My Nexus\n").contains("*By Ada Lovelace.*");
        Map<String, String> sections = sections(text);
        assertThat(List.copyOf(sections.keySet())).isEqualTo(SECTIONS);
        sections.forEach((name, body) -> assertThat(body.replace("---", "").strip()).as(name).hasSizeGreaterThan(40));
        assertThat(text).doesNotContainPattern("(?m)^\\s*Tags:").doesNotContain("#readme/").doesNotContain("####");

        String technologies = sections.get("Key Technologies");
        assertThat(technologies).contains("- **Programming & Frameworks**", "- **APIs**", "- **Infrastructure & Tools**",
                "- **Asynchronous & Distributed Systems**");
        for (String technology : List.of("Python", "Django", "REST APIs", "GraphQL APIs", "Docker", "CI-CD Pipelines",
                "Celery", "RabbitMQ")) {
            assertThat(technologies).contains("  - [" + technology + "](notes/" + technology.replace(" ", "%20") + ".md)");
        }
        assertThat(sections.get("Important Concepts")).contains("- **Database Design**", "- **Asynchronous Programming**",
                "- **Caching Strategies**", "- **System Design**", "[Redis](notes/Redis.md): ");
        assertThat(sections.get("Overview")).contains("**ProDev Backend Engineering program**");
        assertThat(sections.get("Collaboration")).contains("#ProDevProjectNexus",
                "[Collaboration with Frontend Learners](notes/Collaboration%20with%20Frontend%20Learners.md)");
        assertThat(sections.get("Best Practices & Personal Takeaways"))
                .doesNotContain("- **Best practice:** [Measure").contains("- **Insight:** [Measure before you optimize](takeaways/Measure%20before%20you%20optimize.md)");
    }

    @Test
    void everyChallengeIsListedWithItsSolutionAndStatusInTwoLines() throws IOException {
        String challenges = sections(Files.readString(exportStarterReadme(ReadmeOptions.DEFAULT)))
                .get("Challenges & Solutions");
        List<String> lines = challenges.lines().filter(line -> !line.isBlank() && !line.equals("---")).toList();
        assertThat(lines).hasSize(8);
        for (int i = 0; i < lines.size(); i += 2) {
            assertThat(lines.get(i)).startsWith("- **Challenge:** [").containsPattern("\\]\\(challenges/.+\\.md\\) · (✅ Solved|🔄 Open)$");
            assertThat(lines.get(i + 1)).startsWith("  - **Solution:** ").hasSizeLessThan(220);
        }
        assertThat(challenges).contains("[Keeping cache and database consistent](challenges/Keeping%20cache%20and%20database%20consistent.md) · 🔄 Open",
                "[Long-running tasks blocking user requests](challenges/Long-running%20tasks%20blocking%20user%20requests.md) · ✅ Solved");
    }

    @Test
    void theStarterReadmeImportsAgainWithItsSectionsAsEntries() throws IOException {
        Path readme = exportStarterReadme(ReadmeOptions.DEFAULT);
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("again"), Clock.systemUTC())) {
            knowledgeBase.exchange().importFrom(readme, ConflictPolicy.RENAME, Progress.none());
            var entries = knowledgeBase.entries();
            Challenge open = (Challenge) entries.findByTitle("Keeping cache and database consistent").orElseThrow();
            assertThat(open.status()).isEqualTo(ChallengeStatus.OPEN);
            Challenge solved = (Challenge) entries.findByTitle("Long-running tasks blocking user requests").orElseThrow();
            assertThat(solved.status()).isEqualTo(ChallengeStatus.SOLVED);
            assertThat(solved.solution()).startsWith("Move slow work out of the request/response cycle");
            assertThat(entries.indexedEntries(Optional.of(EntryKind.CHALLENGE))).hasSize(4);
            assertThat(entries.indexedEntries(Optional.of(EntryKind.TAKEAWAY))).hasSize(7);
            assertThat(entries.findByTitle("Measure before you optimize")).isPresent();
            assertThat(entries.findByTitle("Programming & Frameworks").orElseThrow().body()).contains("Python");
            assertThat(entries.findByTitle("Overview").orElseThrow().body()).contains("ProDev Backend Engineering");
            assertThat(entries.findByTitle("Conclusion")).isPresent();
        }
    }

    private Path exportStarterReadme(ReadmeOptions options) {
        Path readme = temp.resolve("README-" + System.nanoTime() + ".md");
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("starter"), Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            knowledgeBase.exchange().export(ExportFormat.README, readme, LinkStyle.MARKDOWN, options.title(), options.author(),
                    Progress.none());
        }
        return readme;
    }

    /** The README's {@code ##} sections by their name without the emoji, each with its text. */
    static Map<String, String> sections(String readme) {
        Map<String, String> sections = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : (readme + "\n## end").split("\n")) {
            if (line.startsWith("## ")) {
                if (name != null) {
                    sections.put(name, body.toString());
                }
                name = line.substring(3).replaceFirst("^[^\\p{L}]+", "").strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return sections;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
