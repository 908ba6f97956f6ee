package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Progress;

/**
 * A JSON backup written by hand or by an attacker: every item of {@code entries} that cannot be used gets a report
 * line in words, every other one is imported, and nothing is changed silently (issue 28, points 1 and 3).
 */
class JsonBackupHostileTest {

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

    static String note(int n, String title) {
        return "{\"id\": \"00000000-0000-0000-0000-" + String.format("%012d", n) + "\", \"kind\": \"note\","
                + " \"title\": \"" + title + "\", \"created\": \"2026-01-01T00:00:00Z\","
                + " \"updated\": \"2026-01-02T00:00:00Z\", \"body\": \"Body of " + title + "\"}";
    }

    static String backup(List<String> items) {
        return "{\"format\": \"nexus-backup\", \"schemaVersion\": 1, \"entries\": [\n"
                + String.join(",\n", items) + "\n]}\n";
    }

    private ImportReport importing(String json) throws IOException {
        Path file = Files.writeString(temp.resolve("backup.json"), json);
        return knowledgeBase.exchange().importFrom(file, ConflictPolicy.RENAME, Progress.none());
    }

    @Test
    void itemsThatAreNoEntriesAreEachReportedAndTheRestAreImported() throws IOException {
        List<String> items = new java.util.ArrayList<>(IntStream.rangeClosed(1, 28)
                .mapToObj(n -> note(n, "Note " + n)).toList());
        items.set(3, "null");
        items.set(0, "42");
        items.set(10, "\"just text\"");
        items.set(11, "[1, 2]");
        items.set(12, "true");

        ImportReport report = importing(backup(items));

        assertThat(report.added()).isEqualTo(23);
        assertThat(report.lines()).extracting(ImportReport.Line::source).containsExactly(
                "backup.json › entry 1", "backup.json › entry 4", "backup.json › entry 11",
                "backup.json › entry 12", "backup.json › entry 13");
        assertThat(report.lines()).extracting(ImportReport.Line::reason).containsExactly(
                "it is a number, not an entry", "it is empty (null), not an entry", "it is a text, not an entry",
                "it is a list, not an entry", "it is true or false, not an entry");
        assertThat(report.lines()).extracting(ImportReport.Line::action).containsOnly("not imported");
        assertThat(titles()).contains("Note 2", "Note 3", "Note 5", "Note 28").doesNotContain("Note 1", "Note 4");
    }

    @Test
    void anOutOfRangeTimeIsReportedAndOnlyThatEntryGetsTheTimeOfTheImport() throws IOException {
        Instant before = Instant.now().minusSeconds(1);
        ImportReport report = importing(backup(List.of(note(1, "Fine"),
                note(2, "Far future").replace("2026-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z"),
                note(3, "Not a time").replace("2026-01-02T00:00:00Z", "yesterday"))));

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "backup.json › entry 2 “Far future”: its created time “+999999999-12-31T23:59:59Z” is outside the"
                        + " years 1 to 9999 (imported with the time of the import as its created time)",
                "backup.json › entry 3 “Not a time”: its updated time “yesterday” is not a time such as"
                        + " 2026-11-26T14:32:55Z (imported with the time of the import as its updated time)");
        Entry far = knowledgeBase.entries().findByTitle("Far future").orElseThrow();
        assertThat(far.meta().created()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(far.meta().updated()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(knowledgeBase.entries().findByTitle("Fine").orElseThrow().meta().created())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void anInvalidStatusIsReportedAndNotSilentlyOpen() throws IOException {
        String challenge = "{\"id\": \"00000000-0000-0000-0000-000000000009\", \"kind\": \"challenge\","
                + " \"title\": \"Slow API\", \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\","
                + " \"body\": \"\", \"problem\": \"slow\", \"solution\": \"cache\", \"status\": \"SOLVD\"}";
        String takeaway = "{\"id\": \"00000000-0000-0000-0000-000000000010\", \"kind\": \"takeaway\","
                + " \"title\": \"Measure\", \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\","
                + " \"body\": \"\", \"category\": \"wisdom\"}";

        ImportReport report = importing(backup(List.of(challenge, takeaway)));

        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "backup.json › entry 1 “Slow API”: its status “SOLVD” is none of open, solved, verified or regressed"
                        + " (imported as open; set its status by hand)",
                "backup.json › entry 2 “Measure”: its category “wisdom” is neither best practice nor insight"
                        + " (imported as insight; set its category by hand)");
        assertThat(((Challenge) knowledgeBase.entries().findByTitle("Slow API").orElseThrow()).status())
                .isEqualTo(ChallengeStatus.OPEN);
    }

    @Test
    void aDuplicateIdInOneBackupIsReported() throws IOException {
        ImportReport report = importing(backup(List.of(note(1, "First"), note(1, "Second"))));

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "backup.json › “Second”: an earlier entry of this import has the same id"
                        + " 00000000-0000-0000-0000-000000000001 (imported with a new id)");
        assertThat(knowledgeBase.entries().findByTitle("First").orElseThrow().id().toString())
                .isEqualTo("00000000-0000-0000-0000-000000000001");
    }

    @Test
    void aWronglyTypedFieldAffectsOnlyThatEntryAndIsSaidInWords() throws IOException {
        ImportReport report = importing(backup(List.of(note(1, "Fine"),
                note(2, "Numbered").replace("\"title\": \"Numbered\"", "\"title\": 42"),
                note(3, "Object body").replace("\"body\": \"Body of Object body\"", "\"body\": {\"text\": \"x\"}"),
                note(4, "Listed time").replace("\"created\": \"2026-01-01T00:00:00Z\"", "\"created\": [2026, 1, 1]"),
                note(5, "Also fine"))));

        assertThat(titles()).contains("Fine", "Also fine").doesNotContain("Object body", "Listed time");
        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "backup.json › entry 2: its “title” is a number where a text was expected (not imported)",
                "backup.json › entry 3 “Object body”: its “body” is a group of fields where a text was expected"
                        + " (not imported)",
                "backup.json › entry 4 “Listed time”: its “created” is a list where a text was expected (not imported)");
        String all = report.lines().stream().map(ImportReport.Line::toString).collect(Collectors.joining("\n"));
        assertThat(all).doesNotContain("java.", "Jackson", "`", "deserialize", "token");
    }

    @Test
    void aBrokenFileIsRefusedInWordsAndNothingIsImported() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.json"),
                backup(List.of(note(1, "One"), note(2, "Two"))).replace("\"Two\",", "\"Two\" ,,"));
        int before = titles().size();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        knowledgeBase.exchange().importFrom(file, ConflictPolicy.RENAME, Progress.none()))
                .hasMessageContaining("is not a readable Nexus backup")
                .hasMessageContaining("at line 3, column")
                .hasMessageEndingWith("Nothing was imported.")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("java.", "`", "com.fasterxml"));
        assertThat(titles()).hasSize(before);

        Path version = Files.writeString(temp.resolve("version.json"),
                backup(List.of(note(1, "One"))).replace("\"schemaVersion\": 1", "\"schemaVersion\": \"one\""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        knowledgeBase.exchange().importFrom(version, ConflictPolicy.RENAME, Progress.none()))
                .hasMessageContaining("its schemaVersion is not a number");
    }

    /** Point 8: a backup of an older Nexus may hold a title the rules now refuse; the entry keeps a usable one. */
    @Test
    void aTitleTheRulesRefuseIsImportedUnderAUsableOneAndReported() throws IOException {
        ImportReport report = importing(backup(List.of(note(1, "C:\\\\Temp"), note(2, "gpj.\\u202Eexe"),
                note(3, "Cafe\\u0301"))));

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.lines()).extracting(ImportReport.Line::action)
                .containsExactly("imported as “C: Temp”", "imported as “gpj.exe”");
        assertThat(titles()).containsExactlyInAnyOrder("C: Temp", "gpj.exe", "Caf\u00e9");
    }

    private List<String> titles() {
        return knowledgeBase.entries().summaries().stream().map(EntrySummary::title).toList();
    }

    static Optional<ImportReport.Line> line(ImportReport report, String source) {
        return report.lines().stream().filter(line -> line.source().equals(source)).findFirst();
    }
}
