package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Progress;

/**
 * A vault whose links lead out of it, and whose front matter holds what cannot be stored (issue 28, points 4 and 3):
 * nothing outside the imported folder is read, each link out is reported, links inside are followed once.
 */
class VaultLinksAndFieldsTest {

    @TempDir
    Path temp;

    private KnowledgeBase knowledgeBase;
    private Path vault;

    @BeforeEach
    void setUp() throws IOException {
        knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC());
        vault = Files.createDirectories(temp.resolve("vault"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "root:x:0:0:root:/root:/bin/bash\n");
        Path otherFolder = Files.createDirectories(temp.resolve("other-folder"));
        Files.writeString(otherFolder.resolve("private.md"), "Somebody else's note.\n");

        Files.writeString(vault.resolve("Inside.md"), "A note of the vault.\n");
        Files.createDirectories(vault.resolve("sub"));
        Files.writeString(vault.resolve("sub/Real.md"), "In a folder of the vault.\n");
        Files.createSymbolicLink(vault.resolve("passwd.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(vault.resolve("relative.md"), Path.of("../outside/secret.md"));
        Files.createSymbolicLink(vault.resolve("elsewhere"), otherFolder);
        Files.createSymbolicLink(vault.resolve("hop.txt"), outside.resolve("secret.md"));
        Files.createSymbolicLink(vault.resolve("chain.md"), vault.resolve("hop.txt"));
        Files.createSymbolicLink(vault.resolve("Shortcut.md"), vault.resolve("Inside.md"));
        Files.createSymbolicLink(vault.resolve("again"), vault.resolve("sub"));
        Files.createSymbolicLink(vault.resolve("sub/loop"), vault);
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    @Test
    void linksOutOfTheVaultAreReportedAndNotFollowedLinksInsideAreFollowedOnce() {
        ImportReport report = knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());

        assertThat(report.lines()).extracting(ImportReport.Line::toString).contains(
                "passwd.md: a link to a file outside the imported folder (not followed)",
                "relative.md: a link to a file outside the imported folder (not followed)",
                "chain.md: a link to a file outside the imported folder (not followed)",
                "elsewhere/: a folder link that points outside the imported folder (not followed)",
                "sub/loop/: a folder link that loops back to a folder above it (not followed)");
        assertThat(titles()).containsExactlyInAnyOrder("Inside", "Shortcut", "Real", "Real 2");
        assertThat(knowledgeBase.entries().indexedEntries(java.util.Optional.empty()))
                .noneMatch(indexed -> indexed.entry().body().contains("root:x") || indexed.entry().body().contains("else's"));
    }

    @Test
    void aVaultGivenThroughALinkIsReadAsItself() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("vault-link"), vault);
        ImportReport report = knowledgeBase.exchange().importFrom(link, ConflictPolicy.RENAME, Progress.none());

        assertThat(report.lines()).extracting(ImportReport.Line::source).contains("passwd.md", "elsewhere/");
        assertThat(titles()).containsExactlyInAnyOrder("Inside", "Shortcut", "Real", "Real 2");
    }

    @Test
    void frontMatterTimesOutOfRangeAndUnknownStatusesAreReported() throws IOException {
        Path fields = Files.createDirectories(temp.resolve("fields"));
        Files.writeString(fields.resolve("Slow API.md"), "---\nid: 00000000-0000-0000-0000-000000000001\n"
                + "kind: challenge\ntitle: Slow API\ncreated: +999999999-12-31T23:59:59Z\n"
                + "updated: 2026-01-02T00:00:00Z\nstatus: done\n---\nBody.\n\n## Problem\n\nslow\n\n## Solution\n\ncache\n");

        ImportReport report = knowledgeBase.exchange().importFrom(fields, ConflictPolicy.RENAME, Progress.none());

        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "Slow API.md: its created time “+999999999-12-31T23:59:59Z” is outside the years 1 to 9999"
                        + " (imported with the file's time)",
                "Slow API.md: its status “done” is none of open, solved, verified or regressed (imported as open; set its status by hand)");
        Challenge challenge = (Challenge) knowledgeBase.entries().findByTitle("Slow API").orElseThrow();
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.OPEN);
        assertThat(challenge.meta().created()).isBefore(Instant.now().plusSeconds(1))
                .isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private List<String> titles() {
        return knowledgeBase.entries().summaries().stream().map(EntrySummary::title).toList();
    }
}
