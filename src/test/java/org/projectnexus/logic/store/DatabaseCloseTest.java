package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * Closing compacts the database file only when changes have left enough dead space in it: compacting rewrites the
 * whole file (a new file moved over the old one), which every read-only command used to pay for.
 */
class DatabaseCloseTest {

    @TempDir
    Path home;

    @Test
    void aSessionThatOnlyReadsLeavesTheFileAsItWas() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.entries().addAll(drafts(knowledgeBase, 50));
        }
        Path file = databaseFile();
        Object before = Files.getAttribute(file, "unix:ino");

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            assertThat(knowledgeBase.entries().summaries()).hasSize(50);
        }

        // H2 may append a little on closing; what must not happen is the whole file being written anew.
        assertThat(Files.getAttribute(file, "unix:ino")).as("the same file, not a compacted copy").isEqualTo(before);
    }

    @Test
    void aSessionThatLeavesDeadSpaceIsCompactedOnClose() throws Exception {
        long grown;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            List<Entry> entries = new ArrayList<>(knowledgeBase.entries().addAll(drafts(knowledgeBase, 100)));
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < entries.size(); i++) {
                    Entry entry = entries.get(i);
                    entries.set(i, knowledgeBase.entries().save(entry.withText(entry.title(), entry.body() + " edit " + round)));
                }
            }
            grown = Files.size(databaseFile());
        }

        assertThat(Files.size(databaseFile())).as("compacted on close").isLessThan(grown);
    }

    private Path databaseFile() {
        return home.resolve(Database.FILE_NAME + ".mv.db");
    }

    private static List<Entry> drafts(KnowledgeBase knowledgeBase, int count) {
        List<Entry> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(knowledgeBase.entries().draft(EntryKind.NOTE, "Note " + i)
                    .withText("Note " + i, "Body of note " + i + " with [[Note " + (i + 1) + "]] and #tag/" + (i % 7)));
        }
        return drafts;
    }
}
