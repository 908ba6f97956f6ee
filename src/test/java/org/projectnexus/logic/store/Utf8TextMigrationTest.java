package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;

/**
 * Migration 8 keeps the texts of entries as UTF-8 bytes (ADR 29): every text written before reads back the same
 * (letters of any script, characters outside the BMP, U+FFFD itself, an empty body, a challenge's problem and
 * solution, a 2 MB text), and what the database searches in texts (mentions, the trash) still works.
 */
class Utf8TextMigrationTest {

    private static final UUID NOTE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID CHALLENGE = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID EMPTY = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID MENTIONED = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final UUID TRASHED = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final String MIXED =
            "Über Queues, café, 東京, ☃, 😀 and a replacement character \uFFFD.\r\n";
    private static final String LONG_BODY = MIXED.repeat(40_000); // about 2 MB

    @TempDir
    Path home;

    @Test
    void textsWrittenBeforeMigrationEightReadBackTheSame() throws SQLException {
        EarlierSchema.write(home, "7", connection -> {
            EarlierSchema.insertWithText(connection, NOTE, "NOTE", "Über", LONG_BODY, null, null);
            EarlierSchema.insertWithText(connection, CHALLENGE, "CHALLENGE", "Slow consumers", MIXED,
                    "Slow [[Über]] 😀", "");
            EarlierSchema.insertWithText(connection, EMPTY, "NOTE", "Empty", "", null, null);
            EarlierSchema.insertWithText(connection, MENTIONED, "NOTE", "Mentions", "We talked about über today.",
                    null, null);
            try (PreparedStatement trash = connection.prepareStatement("INSERT INTO trash (id, kind, title, body,"
                    + " created_at, updated_at, version, deleted_at) VALUES (?, 'NOTE', 'Old note', ?,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, CURRENT_TIMESTAMP)")) {
                trash.setObject(1, TRASHED);
                trash.setString(2, MIXED);
                trash.executeUpdate();
            }
        });

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry note = knowledgeBase.entries().find(NOTE).orElseThrow();
            assertThat(note.body()).isEqualTo(LONG_BODY);
            Challenge challenge = (Challenge) knowledgeBase.entries().find(CHALLENGE).orElseThrow();
            assertThat(challenge.body()).isEqualTo(MIXED);
            assertThat(challenge.problem()).isEqualTo("Slow [[Über]] 😀");
            assertThat(challenge.solution()).isEmpty();
            assertThat(knowledgeBase.entries().find(EMPTY).orElseThrow().body()).isEmpty();

            // Mentions are found by the database in the texts, ignoring case, in any script.
            assertThat(knowledgeBase.connections().unlinkedMentions(note)).extracting(mention -> mention.source().title())
                    .contains("Mentions");

            assertThat(knowledgeBase.safety().restoreFromTrash(TRASHED).body()).isEqualTo(MIXED);
            knowledgeBase.entries().delete(CHALLENGE);
            assertThat(knowledgeBase.safety().restoreFromTrash(CHALLENGE)).isInstanceOfSatisfying(Challenge.class, back -> {
                assertThat(back.body()).isEqualTo(MIXED);
                assertThat(back.problem()).isEqualTo("Slow [[Über]] 😀");
            });
            knowledgeBase.entries().save(note.withText("Über", "Neu: 東京 😀"));
            assertThat(knowledgeBase.entries().find(NOTE).orElseThrow().body()).isEqualTo("Neu: 東京 😀");
        }
    }
}
