package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.model.BodyLimit;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Progress;
import org.projectnexus.model.Tag;

/**
 * One limit on an entry's text for adding, saving and every import, and one rule for tags wherever they are written
 * (issue 28, point 9): the import once capped notes at 20 MB while adding took 50 MB, and a front matter's
 * {@code "><script>} became a tag.
 */
class OneBodyLimitTest {

    private static final String OVER = "x".repeat((int) BodyLimit.MAX_BYTES + 1);

    @TempDir
    Path temp;

    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    @Test
    void addingAndSavingATextOverTheLimitIsRefused() {
        assertThatThrownBy(() -> knowledgeBase.entries().add(
                knowledgeBase.entries().draft(EntryKind.NOTE, "Huge").withText("Huge", OVER)))
                .isInstanceOf(NexusException.class).hasMessageContaining("an entry can hold at most 20.0 MB");
        Entry small = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Small"));
        assertThatThrownBy(() -> knowledgeBase.entries().save(small.withText("Small", OVER)))
                .hasMessageContaining("Split the text into several entries.");
        assertThat(knowledgeBase.entries().find(small.id()).orElseThrow().body()).isEmpty();
    }

    @Test
    void everyImportAppliesTheSameLimitAndReportsIt() throws IOException {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        Files.writeString(vault.resolve("huge.md"), OVER + "x".repeat(70_000));
        Files.writeString(vault.resolve("just over.md"), "---\ntitle: Just over\n---\n" + OVER);
        Files.writeString(vault.resolve("fine.md"), "Fine.\n");
        ImportReport report = knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());
        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactlyInAnyOrder(
                "huge.md: too large for an entry (20.1 MB; the limit is 20.0 MB) (skipped)",
                "just over.md: too large for an entry (20.0 MB of text; the limit is 20.0 MB) (not imported)");
        assertThat(knowledgeBase.entries().findByTitle("fine")).isPresent();

        Path backup = Files.writeString(temp.resolve("big.json"), "{\"format\": \"nexus-backup\", \"schemaVersion\": 1,"
                + " \"entries\": [{\"id\": \"00000000-0000-0000-0000-000000000001\", \"kind\": \"note\", \"title\": \"Big\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\", \"body\": \"" + OVER + "\"},"
                + " {\"id\": \"00000000-0000-0000-0000-000000000002\", \"kind\": \"note\", \"title\": \"Next\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\", \"body\": \"\"}]}");
        report = knowledgeBase.exchange().importFrom(backup, ConflictPolicy.RENAME, Progress.none());
        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "big.json › “Big”: too large for an entry (20.0 MB of text; the limit is 20.0 MB) (not imported)");
        assertThat(knowledgeBase.entries().findByTitle("Next")).isPresent();
    }

    @Test
    void frontMatterTagsThatBreakTheTagRuleAreReportedOnImportAndNeverStored() throws IOException {
        Path vault = Files.createDirectories(temp.resolve("tags"));
        Files.writeString(vault.resolve("Hostile.md"), "---\ntags: ['\"><script>', good, 'bad tag!']\n---\nBody.\n");
        ImportReport report = knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());

        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "Hostile.md: its front-matter tag “\"><script>” holds characters a tag cannot have (letters, digits,"
                        + " _ and -, with / between levels) (imported; that tag is ignored)",
                "Hostile.md: its front-matter tag “bad tag!” holds characters a tag cannot have (letters, digits,"
                        + " _ and -, with / between levels) (imported; that tag is ignored)");
        Entry hostile = knowledgeBase.entries().findByTitle("Hostile").orElseThrow();
        assertThat(knowledgeBase.entries().indexed(hostile).tags()).containsExactly(new Tag("good"));
        assertThat(knowledgeBase.connections().tags()).extracting(Tag::name).doesNotContain("\"><script>", "bad tag!");

        Path backup = Files.writeString(temp.resolve("tags.json"), "{\"format\": \"nexus-backup\", \"schemaVersion\": 1,"
                + " \"entries\": [{\"id\": \"00000000-0000-0000-0000-000000000001\", \"kind\": \"note\", \"title\": \"Js\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\","
                + " \"body\": \"---\\ntags: ['\\\"><script>', fine]\\n---\\nText.\"}]}");
        report = knowledgeBase.exchange().importFrom(backup, ConflictPolicy.RENAME, Progress.none());
        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "tags.json › entry 1 “Js”: its front-matter tag “\"><script>” holds characters a tag cannot have"
                        + " (letters, digits, _ and -, with / between levels) (imported; that tag is ignored)");
        assertThat(knowledgeBase.entries().indexed(knowledgeBase.entries().findByTitle("Js").orElseThrow()).tags())
                .containsExactly(new Tag("fine"));

        Entry added = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Added")
                .withText("Added", "---\ntags: ['\"><script>']\n---\nText.\n"));
        assertThat(knowledgeBase.entries().indexed(added).tags()).isEmpty();
        assertThat(knowledgeBase.entries().indexedEntries(Optional.empty()))
                .allSatisfy(indexed -> assertThat(indexed.tags()).extracting(Tag::name).doesNotContain("\"><script>"));
    }

    @Test
    void renamingATagToOneTheRuleRefusesIsRefused() {
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Tagged").withText("Tagged", "#old"));
        assertThatThrownBy(() -> knowledgeBase.connections().renameTag(new Tag("old"), new Tag("bad tag!")))
                .hasMessageContaining("cannot be a tag");
    }
}
