package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;

/**
 * Migration 6 moves the texts of entries out of the entry rows into a table of their own: every text written before
 * (long ones, a challenge's problem and solution, an entry in the trash) reads back the same, and saves, deletes and
 * restores keep each text with its entry.
 */
class EntryTextMigrationTest {

    private static final UUID NOTE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID CHALLENGE = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID TRASHED = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final String LONG_BODY = "Über Queues, ☃ and more. ".repeat(80_000); // about 2 MB, a LOB before

    @TempDir
    Path home;

    @Test
    void textsWrittenBeforeMigrationSixReadBackTheSameAndStayWithTheirEntries() throws SQLException {
        writeVersionFiveKnowledgeBase();

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            assertThat(knowledgeBase.entries().find(NOTE).orElseThrow().body()).isEqualTo(LONG_BODY);
            Challenge challenge = (Challenge) knowledgeBase.entries().find(CHALLENGE).orElseThrow();
            assertThat(challenge.problem()).isEqualTo("Slow [[Queues]]");
            assertThat(challenge.solution()).isEqualTo("Batch them");
            assertThat(challenge.body()).isEqualTo("Context");

            Entry restored = knowledgeBase.safety().restoreFromTrash(TRASHED);
            assertThat(restored.body()).isEqualTo("Was deleted");
            knowledgeBase.entries().save(challenge.withText(challenge.title(), "New context"));
            assertThat(knowledgeBase.entries().find(CHALLENGE).orElseThrow().body()).isEqualTo("New context");
            knowledgeBase.entries().delete(NOTE);
            knowledgeBase.safety().emptyTrash();
            assertThat(knowledgeBase.entries().find(NOTE)).isEmpty();
        }
        try (Database database = Database.open(home)) {
            int texts = database.inTransaction(connection -> count(connection, "entry_text"));
            assertThat(texts).isEqualTo(2);
        }
    }

    /** A knowledge base as schema version 5 had it: the texts in the entry rows, one entry in the trash. */
    private void writeVersionFiveKnowledgeBase() throws SQLException {
        EarlierSchema.write(home, "5", connection -> {
            insert(connection, "entry", NOTE, "NOTE", "Queues", LONG_BODY, null, null);
            insert(connection, "entry", CHALLENGE, "CHALLENGE", "Slow consumers", "Context", "Slow [[Queues]]",
                    "Batch them");
            insert(connection, "trash", TRASHED, "NOTE", "Old note", "Was deleted", null, null);
        });
    }

    private static void insert(Connection connection, String table, UUID id, String kind, String title, String body,
                               String problem, String solution) throws SQLException {
        boolean trash = table.equals("trash");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (id, kind, title,"
                + (trash ? "" : " title_key,") + " body, problem, solution, status, created_at, updated_at, version"
                + (trash ? ", deleted_at" : "") + ") VALUES (?, ?, ?, " + (trash ? "" : "?, ") + "?, ?, ?, ?,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1" + (trash ? ", CURRENT_TIMESTAMP" : "") + ")")) {
            int i = 1;
            insert.setObject(i++, id);
            insert.setString(i++, kind);
            insert.setString(i++, title);
            if (!trash) {
                insert.setString(i++, title.toLowerCase(java.util.Locale.ROOT));
            }
            insert.setString(i++, body);
            insert.setString(i++, problem);
            insert.setString(i++, solution);
            insert.setString(i, kind.equals("CHALLENGE") ? "OPEN" : null);
            insert.executeUpdate();
        }
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
