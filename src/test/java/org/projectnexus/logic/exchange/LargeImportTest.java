package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import org.projectnexus.model.ExchangeCancelledException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.WikiLink;

/**
 * An import larger than one batch: read and written a batch at a time on two threads in one transaction, and
 * large enough for the search index to take it in the background.
 */
class LargeImportTest {

    private static final int NOTES = 1_600;

    @TempDir
    Path temp;

    private Path vault;

    @BeforeEach
    void writeVault() throws IOException {
        vault = Files.createDirectories(temp.resolve("vault").resolve("deep"));
        for (int i = 0; i < NOTES; i++) {
            // Links to a file read in a later batch than their own: resolving them needs the first look at all files.
            Files.writeString(vault.resolve("note-" + i + ".md"), "---\ntitle: Note " + i + "\n---\nAbout topic" + i
                    + ", next is [[note-" + ((i + 700) % NOTES) + "]]. #imported\n");
        }
    }

    @Test
    void aCancelDuringTheWritingOfLaterBatchesLeavesNothingAndStopsTheReader() {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            Progress cancelAfterTheFirstBatch = new Progress() {
                private volatile long saved;

                @Override
                public void update(String phase, long done, long total) {
                    if (phase.startsWith("Saving")) {
                        saved = done;
                    }
                }

                @Override
                public boolean isCancelled() {
                    return saved >= ImportSources.BATCH;
                }
            };
            assertThatThrownBy(() -> knowledgeBase.exchange().importFrom(temp.resolve("vault"), ConflictPolicy.RENAME,
                    cancelAfterTheFirstBatch)).isInstanceOf(ExchangeCancelledException.class);
            assertThat(knowledgeBase.entries().summaries()).isEmpty();
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(thread -> thread.getName().equals("nexus-import-reader"));
        }
    }

    @Test
    void everyNoteArrivesWithItsLinksResolvedAndBecomesSearchableOnceTheIndexCaughtUp() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            ImportReport report = knowledgeBase.exchange().importFrom(temp.resolve("vault"), ConflictPolicy.RENAME, Progress.none());

            assertThat(report.added()).isEqualTo(NOTES);
            assertThat(knowledgeBase.entries().indexed(knowledgeBase.entries().findByTitle("Note 1500").orElseThrow()).links())
                    .extracting(WikiLink::target).containsExactly("Note 600");
            assertThat(knowledgeBase.connections().entriesTagged(new org.projectnexus.model.Tag("deep"))).hasSize(NOTES);
            org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, knowledgeBase.finding()::searchIndexComplete);
            assertThat(knowledgeBase.finding().search("topic1234", 10).hits()).extracting(hit -> hit.title())
                    .containsExactly("Note 1234");
        }
        try (KnowledgeBase reopened = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            reopened.finding().synchronizeSearch((done, total) -> { });
            assertThat(reopened.finding().search("topic99", 10).hits()).extracting(hit -> hit.title()).containsExactly("Note 99");
        }
    }
}
