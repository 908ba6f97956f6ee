package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Note;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/**
 * An import inserts a batch of entries, and their tag, link and alias rows, with one statement per table whose rows
 * come as arrays: every field, tag, link and alias is stored as the entries had them, long texts included.
 */
class BulkInsertTest {

    /** As long as the longest note the hostile-import test has. */
    private static final int LONG = 5 * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void aBatchOfEveryKindWithLongTextsKeepsEveryFieldTagLinkAndAlias() throws Exception {
        List<Entry> batch = List.of(
                note("Long", "#big [[Other]] " + "x".repeat(LONG)),
                note("Short", "#small [[Long]] and [[Long#Part|that part]]"),
                new Challenge(meta("2024-01-02T03:04:05.123456789Z"), "Stuck", "Body #ops", "p".repeat(LONG),
                        "Fix with [[Long#Part|that]]", ChallengeStatus.SOLVED),
                new Takeaway(meta("2023-12-31T23:59:59Z"), "Lesson", "---\naliases: [Tip, Hint]\n---\nKeep it. #ops/ci",
                        TakeawayCategory.BEST_PRACTICE));

        importedAsOneBatchComeBackTheSame(batch);
    }

    private void importedAsOneBatchComeBackTheSame(List<Entry> batch) throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            List<IndexedEntry> expected = batch.stream().map(knowledgeBase.entries()::indexed).toList();
            ImportReport report = knowledgeBase.exchange().importFrom(backupOf(expected), ConflictPolicy.RENAME, Progress.none());

            assertThat(report.lines()).isEmpty();
            Map<UUID, IndexedEntry> stored = knowledgeBase.entries().indexedEntries(Optional.empty()).stream()
                    .collect(Collectors.toMap(indexed -> indexed.entry().id(), Function.identity()));
            for (IndexedEntry wanted : expected) {
                IndexedEntry back = stored.get(wanted.entry().id());
                assertThat(back.entry().withMeta(wanted.entry().meta())).isEqualTo(wanted.entry());
                assertThat(back.entry().meta().created()).isEqualTo(wanted.entry().meta().created());
                assertThat(back.entry().meta().updated()).isEqualTo(wanted.entry().meta().updated());
                assertThat(back.tags()).containsExactlyInAnyOrderElementsOf(wanted.tags());
                assertThat(back.links()).isEqualTo(wanted.links());
                assertThat(back.aliases()).containsExactlyInAnyOrderElementsOf(wanted.aliases());
            }
        }
    }

    private Path backupOf(List<IndexedEntry> entries) throws Exception {
        Path file = temp.resolve("batch.json");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", JsonBackup.FORMAT);
        document.put("schemaVersion", JsonBackup.SCHEMA_VERSION);
        document.put("entries", entries.stream().map(JsonBackup::record).toList());
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(file.toFile(), document);
        return file;
    }

    private static Note note(String title, String body) {
        return new Note(meta("2025-05-06T07:08:09Z"), title, body);
    }

    private static EntryMeta meta(String time) {
        return new EntryMeta(UUID.randomUUID(), Instant.parse(time), Instant.parse(time).plusSeconds(60), 1);
    }
}
