package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.history.EntryText;
import org.projectnexus.logic.history.LineDiff;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Finding;
import org.projectnexus.model.Revision;

class HistoryAndTrashTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry note(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    @Test
    void theHistoryListsEarlierVersionsAndRestoringOneIsANewRevision() {
        Entry first = note("Plan", "line one\nline two");
        Entry second = knowledgeBase.entries().save(first.withText("Plan", "line one\nline 2\nline three"));
        Entry third = knowledgeBase.entries().save(second.withText("Plan", "rewritten"));

        List<Revision> history = knowledgeBase.safety().history(first.id());
        assertThat(history).extracting(Revision::version).containsExactly(2L, 1L);
        assertThat(history.get(1).entry().body()).isEqualTo("line one\nline two");

        List<LineDiff.Line> diff = EntryText.diff(history.get(1).entry(), third);
        assertThat(diff).contains(new LineDiff.Line(LineDiff.Change.REMOVED, "line one"),
                new LineDiff.Line(LineDiff.Change.ADDED, "rewritten"));

        Entry restored = knowledgeBase.safety().restoreRevision(third, history.get(1));
        assertThat(restored.body()).isEqualTo("line one\nline two");
        assertThat(restored.version()).isEqualTo(4);
        // The text replaced by the restore is itself in the history: the restore can be undone.
        assertThat(knowledgeBase.safety().history(first.id())).extracting(revision -> revision.entry().body())
                .containsExactly("rewritten", "line one\nline 2\nline three", "line one\nline two");
    }

    @Test
    void restoringARevisionWithAnotherTitleRenamesTheLinksToo() {
        Entry target = note("Old name", "text");
        Entry source = note("Source", "see [[Old name]]");
        Entry renamed = knowledgeBase.entries().save(target.withText("New name", "text"));
        assertThat(knowledgeBase.entries().find(source.id()).orElseThrow().body()).isEqualTo("see [[New name]]");

        knowledgeBase.safety().restoreRevision(renamed, knowledgeBase.safety().history(target.id()).get(0));
        assertThat(knowledgeBase.entries().find(source.id()).orElseThrow().body()).isEqualTo("see [[Old name]]");
    }

    @Test
    void savesThinRevisionsByTheConfiguredPolicy() {
        knowledgeBase.close();
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(),
                OpeningOptions.DEFAULT.withThinning(new RevisionThinning(Duration.ZERO, Duration.ZERO, 3)));
        Entry entry = note("Busy", "v1");
        for (int i = 2; i <= 10; i++) {
            entry = knowledgeBase.entries().save(entry.withText("Busy", "v" + i));
        }
        // The newest three, plus at most one per week (all are from this week).
        assertThat(knowledgeBase.safety().revisionCount(entry.id())).isBetween(3, 4);
        assertThat(knowledgeBase.safety().history(entry.id()).get(0).entry().body()).isEqualTo("v9");
    }

    @Test
    void aTrashedEntryLeavesItsLinksUnresolvedUntilRestoredWithItsHistory() {
        Entry first = note("Target", "first");
        Entry target = knowledgeBase.entries().save(first.withText("Target", "second #kept"));
        Entry source = note("Source", "see [[Target]]");

        knowledgeBase.entries().delete(target.id());
        assertThat(knowledgeBase.entries().find(target.id())).isEmpty();
        assertThat(knowledgeBase.entries().summaries()).noneMatch(summary -> summary.title().equals("Target"));
        assertThat(knowledgeBase.rendering().linkTargets().exists("target")).isFalse();
        assertThat(knowledgeBase.connections().check()).anyMatch(finding -> finding.problem() == Finding.Problem.DANGLING_LINK && finding.entryId().equals(source.id()));
        assertThat(knowledgeBase.safety().trash()).singleElement().satisfies(trashed -> {
            assertThat(trashed.title()).isEqualTo("Target");
            assertThat(trashed.id()).isEqualTo(target.id());
        });

        Entry restored = knowledgeBase.safety().restoreFromTrash(target.id());
        assertThat(restored.title()).isEqualTo("Target");
        assertThat(restored.body()).isEqualTo("second #kept");
        assertThat(knowledgeBase.rendering().linkTargets().exists("target")).isTrue();
        assertThat(knowledgeBase.connections().check()).noneMatch(finding -> finding.problem() == Finding.Problem.DANGLING_LINK && finding.entryId().equals(source.id()));
        assertThat(knowledgeBase.connections().entriesTagged(new org.projectnexus.model.Tag("kept"))).contains(target.id());
        assertThat(knowledgeBase.safety().history(target.id())).extracting(revision -> revision.entry().body())
                .containsExactly("first");
        assertThat(knowledgeBase.safety().trash()).isEmpty();
    }

    @Test
    void aRestoredEntryWhoseTitleWasTakenComesBackUnderAFreeTitle() {
        Entry original = note("Ideas", "old ideas");
        knowledgeBase.entries().delete(original.id());
        note("Ideas", "new ideas");
        assertThat(knowledgeBase.safety().restoreFromTrash(original.id()).title()).isEqualTo("Ideas (restored)");
    }

    @Test
    void emptyingTheTrashDeletesForGood() {
        Entry entry = note("Gone", "text");
        knowledgeBase.entries().save(entry.withText("Gone", "more"));
        knowledgeBase.entries().delete(entry.id());
        assertThat(knowledgeBase.safety().emptyTrash()).isEqualTo(1);
        assertThat(knowledgeBase.safety().trash()).isEmpty();
        assertThat(knowledgeBase.entries().find(entry.id())).isEmpty();
    }
}
