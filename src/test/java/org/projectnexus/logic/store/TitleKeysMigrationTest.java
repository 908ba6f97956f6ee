package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Reference;

/**
 * Migration 9 makes title keys NFC (issue 28, point 8): a knowledge base written before, with titles, aliases and
 * links spelt in NFD (as macOS file names come), finds them all by either spelling afterwards, and two titles that
 * are now one keep apart.
 */
class TitleKeysMigrationTest {

    private static final String CAFE_NFD = "Cafe\u0301";
    private static final String CAFE_NFC = "Caf\u00e9";
    private static final String CREME_NFD = "Cre\u0300me";
    private static final UUID DECOMPOSED = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID COMPOSED = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID LINKING = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID DESSERT = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    @TempDir
    Path home;

    @Test
    void keysWrittenInNfdAreFoundByEitherSpellingAfterMigrationNine() throws SQLException {
        EarlierSchema.write(home, "8", connection -> {
            insert(connection, DECOMPOSED, "Le " + CAFE_NFD, "Decomposed.");
            insert(connection, COMPOSED, "Le " + CAFE_NFC, "Composed.");
            long dessert = insert(connection, DESSERT, "Dessert", "---\naliases: [" + CREME_NFD + "]\n---\nSweet.");
            row(connection, "INSERT INTO entry_alias VALUES (?, ?, ?, ?)", dessert << 24, dessert, CREME_NFD,
                    CREME_NFD.toLowerCase(Locale.ROOT));
            long linking = insert(connection, LINKING, "Menu", "[[le " + CAFE_NFD + "]] and [[" + CREME_NFD + "]]");
            List<String> oldKeys = List.of("le " + CAFE_NFD.toLowerCase(Locale.ROOT), CREME_NFD.toLowerCase(Locale.ROOT));
            row(connection, "INSERT INTO entry_link VALUES (?, ?, ?, ?, '', '')", linking << 24, linking,
                    "le " + CAFE_NFD, oldKeys.get(0));
            row(connection, "INSERT INTO entry_link VALUES (?, ?, ?, ?, '', '')", (linking << 24) + 1, linking,
                    CREME_NFD, oldKeys.get(1));
            BacklinkIndex.insert(connection, new java.util.ArrayList<>(BacklinkIndex.rowsOf(linking, oldKeys)));
        });

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry composed = knowledgeBase.entries().findByTitle("le " + CAFE_NFD).orElseThrow();
            assertThat(composed.id()).as("the title that was NFC already keeps it").isEqualTo(COMPOSED);
            assertThat(knowledgeBase.entries().findByTitle("Le " + CAFE_NFC)).get().extracting(Entry::id)
                    .isEqualTo(COMPOSED);
            Entry decomposed = knowledgeBase.entries().find(DECOMPOSED).orElseThrow();
            assertThat(decomposed.title()).isEqualTo("Le " + CAFE_NFC + " 2");

            Entry dessert = knowledgeBase.entries().findByTitle("Cr\u00e8me").orElseThrow();
            assertThat(dessert.id()).isEqualTo(DESSERT);
            assertThat(knowledgeBase.connections().backlinks(dessert)).extracting(reference -> reference.source().id()).containsExactly(LINKING);
            assertThat(knowledgeBase.connections().backlinks(composed)).extracting(reference -> reference.source().id()).containsExactly(LINKING);
            assertThat(knowledgeBase.connections().check()).as("no link dangles; the renamed twin is linked by none")
                    .extracting(finding -> finding.entryId() + " " + finding.problem())
                    .containsExactly(DECOMPOSED + " ORPHAN");
        }
    }

    /** A title saved before the rules of issue 28 (a backslash) keeps its entry's text saveable; a new one is refused. */
    @Test
    void aTitleAcceptedBeforeTheRulesStillSavesItsText() throws SQLException {
        EarlierSchema.write(home, "8", connection -> insert(connection, DECOMPOSED, "C:\\Temp", "Old text."));

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry legacy = knowledgeBase.entries().find(DECOMPOSED).orElseThrow();
            Entry saved = knowledgeBase.entries().save(legacy.withText("c:\\temp", "New text."));
            assertThat(saved.body()).isEqualTo("New text.");
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            knowledgeBase.entries().save(saved.withText("D:\\Temp", "New text.")))
                    .hasMessageContaining("backslash");
            Entry renamed = knowledgeBase.entries().save(saved.withText("C:/Temp", "New text."));
            assertThat(renamed.title()).isEqualTo("C:/Temp");
        }
    }

    /** An entry as schema 8 has it (its text as UTF-8 bytes in entry_text); returns its number. */
    private static long insert(Connection connection, UUID id, String title, String body) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry (id, kind, title, title_key,"
                + " created_at, updated_at, version) VALUES (?, 'NOTE', ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)")) {
            insert.setObject(1, id);
            insert.setString(2, title);
            insert.setString(3, title.toLowerCase(Locale.ROOT));
            insert.executeUpdate();
        }
        long number = EarlierSchema.number(connection, id);
        row(connection, "INSERT INTO entry_text (entry_num, body) VALUES (?, STRINGTOUTF8(?))", number, body);
        return number;
    }

    private static void row(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
