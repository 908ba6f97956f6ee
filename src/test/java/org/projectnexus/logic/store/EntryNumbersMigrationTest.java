package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Tag;

/**
 * Migration 4 re-keys the tag, link and alias rows by the entry's sequential number: a knowledge base written
 * before it keeps every tag, link and alias, and keeps them working (saves, deletes) after it.
 */
class EntryNumbersMigrationTest {

    private static final UUID SOURCE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID TARGET = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @TempDir
    Path home;

    @Test
    void tagsLinksAndAliasesWrittenBeforeMigrationFourSurviveItAndStayLive() throws SQLException {
        writeVersionThreeKnowledgeBase();

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry target = knowledgeBase.entries().find(TARGET).orElseThrow();
            assertThat(knowledgeBase.connections().entriesTagged(new Tag("backend"))).containsExactly(SOURCE);
            assertThat(knowledgeBase.connections().tagCounts()).containsEntry("backend/queues", 1);
            assertThat(knowledgeBase.connections().backlinks(target)).extracting(reference -> reference.source().id())
                    .containsExactly(SOURCE);
            assertThat(knowledgeBase.entries().findByTitle("MQ")).map(Entry::id).contains(SOURCE);

            Entry source = knowledgeBase.entries().find(SOURCE).orElseThrow();
            knowledgeBase.entries().save(source.withText(source.title(), "No links now. #frontend"));
            assertThat(knowledgeBase.connections().backlinks(target)).isEmpty();
            assertThat(knowledgeBase.connections().entriesTagged(new Tag("frontend"))).containsExactly(SOURCE);
            assertThat(knowledgeBase.connections().entriesTagged(new Tag("backend"))).isEmpty();

            knowledgeBase.entries().delete(SOURCE);
            assertThat(knowledgeBase.connections().tagCounts()).doesNotContainKey("frontend");
            Entry added = knowledgeBase.entries().add(knowledgeBase.entries().draft(org.projectnexus.model.EntryKind.NOTE, "New")
                    .withText("New", "See [[Queues]]. #fresh"));
            assertThat(knowledgeBase.connections().backlinks(target)).extracting(reference -> reference.source().id())
                    .containsExactly(added.id());
        }
    }

    /** A knowledge base as Nexus wrote it with schema version 3: entries, tag, link and alias rows keyed by UUID. */
    private void writeVersionThreeKnowledgeBase() throws SQLException {
        EarlierSchema.write(home, "3", connection -> {
            EarlierSchema.insertNote(connection, SOURCE, "Message queues", "Read [[Queues]]. #backend/queues");
            EarlierSchema.insertNote(connection, TARGET, "Queues", "Target.");
            execute(connection, "INSERT INTO entry_tag (entry_id, tag) VALUES (?, 'backend/queues')", SOURCE);
            execute(connection, "INSERT INTO entry_link (entry_id, position, target, target_key, heading, alias)"
                    + " VALUES (?, 0, 'Queues', 'queues', '', '')", SOURCE);
            execute(connection, "INSERT INTO entry_alias (entry_id, alias, alias_key) VALUES (?, 'MQ', 'mq')", SOURCE);
        });
    }

    private static void execute(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }
}
