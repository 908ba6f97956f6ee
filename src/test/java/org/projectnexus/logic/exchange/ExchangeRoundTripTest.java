package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import org.projectnexus.model.ExchangeCancelledException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;
import org.projectnexus.model.WikiLink;

class ExchangeRoundTripTest {

    @TempDir
    Path temp;

    private KnowledgeBase source;
    private final List<KnowledgeBase> opened = new ArrayList<>();

    @BeforeEach
    void fill() {
        source = open("source");
        add(EntryKind.NOTE, "Redis", "---\naliases: [cache]\ntags: [storage]\n---\nKey-value store. #backend/caching\n");
        add(EntryKind.NOTE, "CI/CD Pipelines", "Build, test, ship. See [[Redis]] and the [[cache|cache server]].\n\n## Stages\n\nBuild.\n");
        add(EntryKind.NOTE, "../", "A title made of dots and a slash. Links to [[CI/CD Pipelines#Stages]].\n");
        add(EntryKind.NOTE, "con", "A reserved name on Windows.\n```\n[[Not a link]]\n```\n");
        add(EntryKind.NOTE, "CON.", "Another reserved name, differing only by case and a dot; see [[con]] and [[../]].\n");
        add(EntryKind.NOTE, "a".repeat(200), "A very long title; see [[CON.]].\n");
        add(EntryKind.NOTE, "Broken front matter", "---\ntitle: [unclosed\n---\nStill a body. [[Missing entry]]\n");
        Entry challenge = source.entries().add(source.entries().draft(EntryKind.CHALLENGE, "Slow API"));
        source.entries().save(((Challenge) challenge.withText("Slow API", "## What happened\n\nPages took seconds.\n"))
                .withDetails("Queries ran for every row of [[Redis]]. #performance", "Cached with [[cache]].\n\n## Details\n\nTTL 5 min.",
                        ChallengeStatus.SOLVED));
        Entry takeaway = source.entries().add(source.entries().draft(EntryKind.TAKEAWAY, "Measure first"));
        source.entries().save(((Takeaway) takeaway.withText("Measure first", "Profile before fixing. #practice\n"))
                .withCategory(TakeawayCategory.BEST_PRACTICE));
    }

    @AfterEach
    void close() {
        opened.forEach(KnowledgeBase::close);
    }

    @Test
    void vaultExportImportedIntoAnEmptyKnowledgeBaseExportsByteForByteTheSame() throws IOException {
        Path first = temp.resolve("vault1");
        source.exchange().export(ExportFormat.VAULT, first, LinkStyle.WIKI, Progress.none());
        KnowledgeBase restored = open("restored");
        ImportReport report = restored.exchange().importFrom(first, ConflictPolicy.RENAME, Progress.none());
        assertThat(report.added()).isEqualTo(9);
        Path second = temp.resolve("vault2");
        restored.exchange().export(ExportFormat.VAULT, second, LinkStyle.WIKI, Progress.none());
        assertThat(files(second)).isEqualTo(files(first));
        for (IndexedEntry original : source.entries().indexedEntries(Optional.empty())) {
            Entry back = restored.entries().find(original.entry().id()).orElseThrow();
            assertThat(back.title()).isEqualTo(original.entry().title());
            assertThat(back.meta().created()).isEqualTo(original.entry().meta().created());
            assertThat(back.meta().updated()).isEqualTo(original.entry().meta().updated());
            assertThat(restored.entries().indexed(back).tags()).containsExactlyInAnyOrderElementsOf(original.tags());
            // A link through an alias with its own shown text ([[cache|cache server]]) comes back naming the title
            // ([[Redis|cache server]]): Obsidian has no other way to write it. It leads to the same place, shown the same.
            assertThat(restored.entries().indexed(back).links().stream().map(link -> landing(restored, link)).toList())
                    .containsExactlyElementsOf(original.links().stream().map(link -> landing(source, link)).toList());
            assertThat(restored.entries().indexed(back).aliases()).containsExactlyElementsOf(original.aliases());
        }
        Challenge challenge = (Challenge) restored.entries().findByTitle("Slow API").orElseThrow();
        assertThat(challenge.problem()).isEqualTo("Queries ran for every row of [[Redis]]. #performance");
        assertThat(challenge.solution()).isEqualTo("Cached with [[cache]].\n\n## Details\n\nTTL 5 min.");
        assertThat(challenge.body()).isEqualTo("## What happened\n\nPages took seconds.\n");
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.SOLVED);
        assertThat(((Takeaway) restored.entries().findByTitle("Measure first").orElseThrow()).category())
                .isEqualTo(TakeawayCategory.BEST_PRACTICE);
    }

    @Test
    void jsonBackupRestoresIdenticalEntriesAndExportsByteForByteTheSame() throws IOException {
        Path first = temp.resolve("backup1.json");
        source.exchange().export(ExportFormat.JSON, first, LinkStyle.WIKI, Progress.none());
        KnowledgeBase restored = open("restored");
        restored.exchange().importFrom(first, ConflictPolicy.RENAME, Progress.none());
        Path second = temp.resolve("backup2.json");
        restored.exchange().export(ExportFormat.JSON, second, LinkStyle.WIKI, Progress.none());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        Map<java.util.UUID, IndexedEntry> back = new java.util.HashMap<>();
        restored.entries().indexedEntries(Optional.empty()).forEach(indexed -> back.put(indexed.entry().id(), indexed));
        List<IndexedEntry> originals = source.entries().indexedEntries(Optional.empty());
        assertThat(back).hasSize(originals.size());
        for (IndexedEntry original : originals) {
            IndexedEntry restoredEntry = back.get(original.entry().id());
            Entry entry = restoredEntry.entry();
            assertThat(entry.withMeta(original.entry().meta())).isEqualTo(original.entry());
            assertThat(entry.meta().created()).isEqualTo(original.entry().meta().created());
            assertThat(entry.meta().updated()).isEqualTo(original.entry().meta().updated());
            assertThat(restoredEntry.tags()).containsExactlyInAnyOrderElementsOf(original.tags());
            assertThat(restoredEntry.links()).containsExactlyElementsOf(original.links());
            assertThat(restoredEntry.aliases()).containsExactlyElementsOf(original.aliases());
        }
    }

    @Test
    void everyLinkOfTheVaultResolvesByObsidiansRules() throws IOException {
        Path vault = temp.resolve("vault");
        source.exchange().export(ExportFormat.VAULT, vault, LinkStyle.WIKI, Progress.none());
        ObsidianResolver resolver = new ObsidianResolver(vault);
        int resolved = 0;
        for (IndexedEntry indexed : source.entries().indexedEntries(Optional.empty())) {
            for (WikiLink link : indexed.links()) {
                Optional<Entry> target = source.entries().findByTitle(link.target());
                if (target.isPresent()) {
                    resolved++;
                }
            }
        }
        List<String> links = resolver.links();
        assertThat(links).hasSize(resolved + 1); // + the one dangling link, to "Missing entry"
        List<String> dangling = links.stream().filter(link -> resolver.resolve(link).isEmpty()).toList();
        assertThat(dangling).containsExactly("Missing entry");
        links.stream().filter(link -> !link.equals("Missing entry"))
                .forEach(link -> assertThat(resolver.resolve(link)).as(link).isPresent());
    }

    @Test
    void fileNamesAreSafeEverywhereAndNothingIsWrittenOutsideTheFolder() throws IOException {
        Path vault = temp.resolve("out").resolve("vault");
        source.exchange().export(ExportFormat.VAULT, vault, LinkStyle.WIKI, Progress.none());
        try (Stream<Path> outside = Files.list(temp.resolve("out"))) {
            assertThat(outside).containsExactly(vault);
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> all = Files.walk(vault)) {
            all.filter(Files::isRegularFile).forEach(file -> {
                assertThat(file.normalize().startsWith(vault)).isTrue();
                names.add(file.getFileName().toString());
            });
        }
        assertThat(names).hasSize(9).allSatisfy(name -> {
            assertThat(name).doesNotContainPattern("[<>:\"/\\\\|?*#^\\[\\]\\p{Cntrl}]").doesNotStartWith(".");
            assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(130);
            String stem = name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.'))
                    .toLowerCase(Locale.ROOT);
            assertThat(stem).isNotIn("con", "prn", "aux", "nul");
        });
        assertThat(names.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct()).hasSize(names.size());
    }

    @Test
    void markdownLinksPointAtTheRelativeFiles() throws IOException {
        Path vault = temp.resolve("vault");
        source.exchange().export(ExportFormat.VAULT, vault, LinkStyle.MARKDOWN, Progress.none());
        String pipelines = Files.readString(vault.resolve("notes/CI_CD Pipelines.md"));
        assertThat(pipelines).contains("See [Redis](Redis.md) and the [cache server](Redis.md).");
        String challenge = Files.readString(vault.resolve("challenges/Slow API.md"));
        assertThat(challenge).contains("[Redis](../notes/Redis.md)");
        assertThat(Files.readString(vault.resolve("notes/Untitled _.md")))
                .contains("[CI/CD Pipelines](CI_CD%20Pipelines.md#stages)");
    }

    @Test
    void aVaultWithMarkdownLinksImportsBackToTheSameWikiLinks() throws IOException {
        Path markdown = temp.resolve("markdown-vault");
        source.exchange().export(ExportFormat.VAULT, markdown, LinkStyle.MARKDOWN, Progress.none());
        KnowledgeBase restored = open("restored");
        restored.exchange().importFrom(markdown, ConflictPolicy.RENAME, Progress.none());
        Path wiki = temp.resolve("wiki-vault");
        restored.exchange().export(ExportFormat.VAULT, wiki, LinkStyle.WIKI, Progress.none());
        Path original = temp.resolve("original-wiki-vault");
        source.exchange().export(ExportFormat.VAULT, original, LinkStyle.WIKI, Progress.none());
        assertThat(files(wiki)).isEqualTo(files(original));
    }

    @Test
    void exportRefusesAFolderThatHoldsFiles() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("full"));
        Files.writeString(folder.resolve("mine.md"), "mine");
        assertThatThrownBy(() -> source.exchange().export(ExportFormat.VAULT, folder, LinkStyle.WIKI, Progress.none()))
                .hasMessageContaining("not empty");
        assertThat(Files.readString(folder.resolve("mine.md"))).isEqualTo("mine");
    }

    @Test
    void conflictsAreSkippedRenamedOrOverwrittenKeepingHistory() {
        Path backup = temp.resolve("backup.json");
        source.exchange().export(ExportFormat.JSON, backup, LinkStyle.WIKI, Progress.none());
        Entry redis = source.entries().findByTitle("Redis").orElseThrow();
        source.entries().save(redis.withText("Redis", "Changed since the backup.\n"));

        ImportReport skipped = source.exchange().importFrom(backup, ConflictPolicy.SKIP, Progress.none());
        assertThat(skipped.skipped()).isEqualTo(9);
        assertThat(source.entries().summaries()).hasSize(9);

        ImportReport overwritten = source.exchange().importFrom(backup, ConflictPolicy.OVERWRITE, Progress.none());
        assertThat(overwritten.overwritten()).isEqualTo(9);
        Entry back = source.entries().findByTitle("Redis").orElseThrow();
        assertThat(back.id()).isEqualTo(redis.id());
        assertThat(back.body()).startsWith("---\naliases: [cache]");
        assertThat(source.safety().revisionCount(redis.id())).isEqualTo(2);

        ImportReport renamed = source.exchange().importFrom(backup, ConflictPolicy.RENAME, Progress.none());
        assertThat(renamed.added()).isEqualTo(9);
        assertThat(source.entries().findByTitle("Redis 2")).isPresent();
        assertThat(renamed.lines()).anySatisfy(line -> assertThat(line.action()).isEqualTo("imported as “Redis 2”"));
        assertThat(source.entries().summaries()).hasSize(18);
    }

    @Test
    void aCancelledImportLeavesTheKnowledgeBaseAsItWas() {
        Path backup = temp.resolve("backup.json");
        source.exchange().export(ExportFormat.JSON, backup, LinkStyle.WIKI, Progress.none());
        KnowledgeBase target = open("target");
        target.entries().add(target.entries().draft(EntryKind.NOTE, "Already here"));
        // Cancelled when every entry has been written but not committed: the rows written must go.
        Progress cancelAfterFive = new Progress() {
            private int saved;

            @Override
            public void update(String phase, long done, long total) {
                if (phase.startsWith("Saving")) {
                    saved = (int) done;
                }
            }

            @Override
            public boolean isCancelled() {
                return saved >= 9;
            }
        };
        assertThatThrownBy(() -> target.exchange().importFrom(backup, ConflictPolicy.RENAME, cancelAfterFive))
                .isInstanceOf(ExchangeCancelledException.class);
        assertThat(target.entries().summaries()).extracting(summary -> summary.title()).containsExactly("Already here");
    }

    private static String landing(KnowledgeBase knowledgeBase, WikiLink link) {
        return knowledgeBase.entries().findByTitle(link.target()).map(entry -> entry.id().toString()).orElse(link.target())
                + "#" + link.heading() + " shown as " + link.shownText();
    }

    /** Every file's bytes (as ISO-8859-1 text, so that equal bytes compare equal), by path. */
    private Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(),
                        new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private void add(EntryKind kind, String title, String body) {
        Entry draft = source.entries().draft(kind, title);
        source.entries().add(draft.withText(title, body));
    }

    private KnowledgeBase open(String name) {
        KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve(name),
                Clock.fixed(Instant.parse("2026-03-01T10:15:30.123Z"), ZoneOffset.UTC));
        opened.add(knowledgeBase);
        return knowledgeBase;
    }
}
