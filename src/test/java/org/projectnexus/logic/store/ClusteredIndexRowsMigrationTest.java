package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/**
 * Migration 5 gives the tag, link and alias rows keys made of the entry's number and their place in it: every row
 * written before survives, links keep their order, and the rows of one entry stay apart from its neighbours'.
 */
class ClusteredIndexRowsMigrationTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @TempDir
    Path home;

    @Test
    void rowsWrittenBeforeMigrationFiveKeepTheirOrderAndStayLive() throws SQLException {
        writeVersionFourKnowledgeBase();

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            IndexedEntry first = indexed(knowledgeBase, FIRST);
            assertThat(first.links()).extracting(WikiLink::target).containsExactly("Queues", "Brokers", "Second");
            assertThat(first.tags()).extracting(Tag::name).containsExactly("backend", "backend/queues");
            assertThat(first.aliases()).containsExactly("AMQP", "MQ");
            assertThat(indexed(knowledgeBase, SECOND).tags()).extracting(Tag::name).containsExactly("frontend");
            assertThat(knowledgeBase.entries().findByTitle("mq")).map(Entry::id).contains(FIRST);

            Entry second = knowledgeBase.entries().find(SECOND).orElseThrow();
            knowledgeBase.entries().save(second.withText(second.title(), "See [[Message queues]] and [[Queues]]. #ui #web"));
            assertThat(indexed(knowledgeBase, SECOND).links()).extracting(WikiLink::target)
                    .containsExactly("Message queues", "Queues");
            assertThat(indexed(knowledgeBase, FIRST).links()).hasSize(3);

            knowledgeBase.entries().delete(FIRST);
            assertThat(knowledgeBase.connections().tagCounts()).containsOnlyKeys("ui", "web");
            assertThat(knowledgeBase.connections().backlinks(knowledgeBase.entries().find(SECOND).orElseThrow())).isEmpty();
            assertThat(knowledgeBase.entries().findByTitle("MQ")).isEmpty();
        }
    }

    private static IndexedEntry indexed(KnowledgeBase knowledgeBase, UUID id) {
        return knowledgeBase.entries().indexedEntries(Optional.empty()).stream()
                .filter(indexed -> indexed.entry().id().equals(id)).findFirst().orElseThrow();
    }

    /** A knowledge base as schema version 4 had it: rows keyed by (entry number, position, tag or alias key). */
    private void writeVersionFourKnowledgeBase() throws SQLException {
        EarlierSchema.write(home, "4", connection -> {
            EarlierSchema.insertNote(connection, FIRST, "Message queues",
                    "---\naliases: [MQ, AMQP]\n---\n[[Queues]], [[Brokers]], [[Second]] #backend/queues #backend");
            EarlierSchema.insertNote(connection, SECOND, "Second", "#frontend");
            long first = EarlierSchema.number(connection, FIRST);
            long second = EarlierSchema.number(connection, SECOND);
            // Written out of order: the positions, not the insertion, give the links their order.
            execute(connection, "INSERT INTO entry_link (entry_num, position, target, target_key, heading, alias)"
                    + " VALUES (?, 2, 'Second', 'second', '', ''), (?, 0, 'Queues', 'queues', '', ''),"
                    + " (?, 1, 'Brokers', 'brokers', '', '')", first, first, first);
            execute(connection, "INSERT INTO entry_tag (entry_num, tag) VALUES (?, 'backend/queues'),"
                    + " (?, 'backend'), (?, 'frontend')", first, first, second);
            execute(connection, "INSERT INTO entry_alias (entry_num, alias, alias_key) VALUES (?, 'MQ', 'mq'),"
                    + " (?, 'AMQP', 'amqp')", first, first);
        });
    }

    private static void execute(Connection connection, String sql, long... numbers) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < numbers.length; i++) {
                statement.setLong(i + 1, numbers[i]);
            }
            statement.executeUpdate();
        }
    }
}
