package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.history.VersionChange;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Revision;

/** Issue 25, points 2 and 7: versions by editing session, what each version changed, and what a rename rewrote. */
class EditingSessionsTest {

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
    void autosavesOfOneSessionKeepOneVersionAndEverySaveIsStored() {
        Entry start = note("Queues", "First thoughts.");
        Entries entries = knowledgeBase.entries();
        long session = start.version();
        Entry saved = start;
        for (String body : List.of("First thoughts. See [[RE", "First thoughts. See [[Redis]]", "Done. See [[Redis]].")) {
            saved = entries.save(saved.withText("Queues", body), session).entry();
            // Every autosave is committed: what is stored is what was typed last.
            assertThat(entries.find(start.id()).orElseThrow().body()).isEqualTo(body);
        }
        assertThat(knowledgeBase.safety().history(start.id())).extracting(Revision::version).containsExactly(1L);

        // A new session (another entry opened, a pause, the window closed) keeps the last session's text.
        long next = saved.version();
        Entry later = entries.save(saved.withText("Queues", "Rewritten."), next).entry();
        entries.save(later.withText("Queues", "Rewritten again."), next);
        List<Revision> history = knowledgeBase.safety().history(start.id());
        assertThat(history).extracting(revision -> revision.entry().body())
                .containsExactly("Done. See [[Redis]].", "First thoughts.");
        assertThat(history).noneMatch(revision -> revision.entry().body().endsWith("[[RE"));

        // A save outside any session (the command line, a restore) keeps every version, as before.
        Entry current = entries.find(start.id()).orElseThrow();
        entries.save(current.withText("Queues", "From the command line."));
        assertThat(knowledgeBase.safety().history(start.id())).hasSize(3);
    }

    @Test
    void eachVersionSaysWhatItChangedAndWhenItsTitleChanged() {
        Entry first = note("Plan", "one\ntwo");
        Entry second = knowledgeBase.entries().save(first.withText("Plan", "one\n2\nthree\nfour"));
        Entry third = knowledgeBase.entries().save(second.withText("Plan B", "one\n2\nthree\nfour"));
        knowledgeBase.entries().save(third.withText("Plan B", "gone"));

        List<Revision> history = knowledgeBase.safety().history(first.id());
        List<VersionChange> changes = VersionChange.of(history);
        assertThat(history).extracting(Revision::version).containsExactly(3L, 2L, 1L);
        assertThat(changes.get(0).describe()).isEqualTo("+1 line, −1 · title changed");
        assertThat(changes.get(0).titleBefore()).isEqualTo("Plan");
        assertThat(changes.get(1).describe()).isEqualTo("+3 lines, −1");
        assertThat(changes.get(2).describe()).isEqualTo("oldest version kept");
    }

    @Test
    void aRenameCountsTheLinksItRewroteAndTheEntriesTheyAreIn() {
        Entry target = note("Broker", "A message broker.");
        note("Kafka", "Uses a [[Broker]]; see [[broker#Setup|the setup]].");
        note("RabbitMQ", "Also a [[Broker]].");
        note("Unrelated", "No links here.");

        Entries.Saved saved = knowledgeBase.entries().save(target.withText("Message broker", target.body()),
                target.version());

        assertThat(saved.linksRewritten()).isEqualTo(3);
        assertThat(saved.entriesRewritten()).isEqualTo(2);
        assertThat(knowledgeBase.entries().findByTitle("Kafka").orElseThrow().body())
                .contains("[[Message broker]]", "[[Message broker#Setup|the setup]]");
    }
}
