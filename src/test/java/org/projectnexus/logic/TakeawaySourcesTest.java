package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Reference;

/** Issue 26, point 3: a takeaway names what it was learned from; both ends see it, and a rename keeps it. */
class TakeawaySourcesTest {

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

    private Entry added(EntryKind kind, String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(kind, title).withText(title, body));
    }

    private static List<String> titles(List<EntrySummary> summaries) {
        return summaries.stream().map(EntrySummary::title).toList();
    }

    @Test
    void aTakeawayLearnedFromTwoEntriesIsSeenFromBothEndsAndInTheSourcesBacklinks() {
        Entry lag = added(EntryKind.CHALLENGE, "Consumer lag", "");
        Entry notes = added(EntryKind.NOTE, "Kafka notes", "");
        added(EntryKind.CHALLENGE, "Unrelated", "");

        Entry takeaway = knowledgeBase.learning().addTakeaway(knowledgeBase.entries().draft(EntryKind.TAKEAWAY,
                "Pin consumer identity").withText("Pin consumer identity", "Use static membership.\n"),
                List.of("consumer LAG", "Kafka notes"));

        assertThat(takeaway.body()).startsWith("---\nlearned_from:\n  - \"[[Consumer lag]]\"\n  - \"[[Kafka notes]]\"\n---\n")
                .endsWith("Use static membership.\n");
        assertThat(titles(knowledgeBase.learning().learnedFrom(takeaway))).containsExactly("Consumer lag", "Kafka notes");
        assertThat(titles(knowledgeBase.learning().takeawaysOf(lag))).containsExactly("Pin consumer identity");
        assertThat(titles(knowledgeBase.learning().takeawaysOf(notes))).containsExactly("Pin consumer identity");
        assertThat(knowledgeBase.learning().takeawaysOf(knowledgeBase.entries().findByTitle("Unrelated").orElseThrow()))
                .isEmpty();
        assertThat(knowledgeBase.connections().backlinks(lag)).extracting(Reference::source)
                .extracting(EntrySummary::title).containsExactly("Pin consumer identity");
    }

    @Test
    void renamingTheSourceRewritesTheTakeawaysLearnedFrom() {
        Entry lag = added(EntryKind.CHALLENGE, "Consumer lag", "");
        Entry takeaway = knowledgeBase.learning().recordTakeaway(lag);
        assertThat(takeaway.title()).isEqualTo("Takeaway: Consumer lag");

        knowledgeBase.entries().save(lag.withText("Consumer lag after deploys", lag.body()));

        Entry reread = knowledgeBase.entries().find(takeaway.id()).orElseThrow();
        assertThat(knowledgeBase.learning().learnedFromTitles(reread)).containsExactly("Consumer lag after deploys");
        assertThat(titles(knowledgeBase.learning().takeawaysOf(knowledgeBase.entries().find(lag.id()).orElseThrow())))
                .containsExactly("Takeaway: Consumer lag");
        assertThat(knowledgeBase.learning().recordTakeaway(lag).title()).isEqualTo("Takeaway: Consumer lag after deploys");
        assertThat(knowledgeBase.learning().recordTakeaway(lag).title()).isEqualTo("Takeaway: Consumer lag after deploys 2");
    }

    @Test
    void aSourceWrittenByHandCountsQuotedBareOrUnquotedAndAnAliasFindsItsEntry() {
        Entry lag = added(EntryKind.CHALLENGE, "Consumer lag", "---\naliases: [Lagging consumers]\n---\n");
        added(EntryKind.TAKEAWAY, "By hand", "---\nlearned_from:\n  - [[Lagging consumers]]\n---\nText\n");
        added(EntryKind.TAKEAWAY, "Bare", "---\nlearned_from: Consumer lag\n---\n");
        added(EntryKind.TAKEAWAY, "Only a link", "See [[Consumer lag]].\n");

        assertThat(titles(knowledgeBase.learning().takeawaysOf(lag))).containsExactlyInAnyOrder("By hand", "Bare");
        Entry byHand = knowledgeBase.entries().findByTitle("By hand").orElseThrow();
        assertThat(titles(knowledgeBase.learning().learnedFrom(byHand))).containsExactly("Consumer lag");
    }

    @Test
    void aSourceThatNamesNoEntryAddsNothing() {
        int before = knowledgeBase.entries().summaries().size();
        assertThatThrownBy(() -> knowledgeBase.learning().addTakeaway(
                knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "Orphan"), List.of("Nowhere")))
                .isInstanceOf(NexusException.class).hasMessageContaining("No entry is titled “Nowhere”");
        assertThat(knowledgeBase.entries().summaries()).hasSize(before);
    }

    @Test
    void aTitleWithDoubleQuotesIsWrittenInSingleQuotesAndReadBack() {
        added(EntryKind.NOTE, "The \"fast\" path", "");
        Entry takeaway = knowledgeBase.learning().addTakeaway(
                knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "Quoted"), List.of("The \"fast\" path"));
        assertThat(takeaway.body()).contains("  - '[[The \"fast\" path]]'\n");
        assertThat(titles(knowledgeBase.learning().learnedFrom(takeaway))).containsExactly("The \"fast\" path");
    }
}
