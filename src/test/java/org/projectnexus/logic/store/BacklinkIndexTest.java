package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.model.Progress;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Reference;

/**
 * Backlinks through {@code entry_backlink} (ADR 28): two titles whose keys share a hash each get only their own
 * backlinks, on save, delete, import (which writes its keys at its end) and after migration 7 from schema 6.
 */
class BacklinkIndexTest {

    @TempDir
    Path home;

    /** Two distinct lower-case titles whose backlink keys fall in the same range (found by trying). */
    private static final String[] SHARED = twoTitlesWithOneBucket();

    @Test
    void titlesSharingAHashGetOnlyTheirOwnBacklinksAfterSavesAndDeletes() {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home.resolve("kb"), Clock.systemUTC())) {
            Entry first = add(knowledgeBase, SHARED[0], "");
            Entry second = add(knowledgeBase, SHARED[1], "");
            Entry toFirst = add(knowledgeBase, "Links to the first",
                    "See [[" + SHARED[0] + "]] and [[" + SHARED[0] + "]].");
            Entry toSecond = add(knowledgeBase, "Links to the second", "See [[" + SHARED[1] + "]].");

            assertThat(sources(knowledgeBase, first)).containsExactly("Links to the first");
            assertThat(sources(knowledgeBase, second)).containsExactly("Links to the second");

            knowledgeBase.entries().save(toSecond.withText(toSecond.title(), "Now [[" + SHARED[0] + "]] as well."));
            assertThat(sources(knowledgeBase, first))
                    .containsExactlyInAnyOrder("Links to the first", "Links to the second");
            assertThat(sources(knowledgeBase, second)).isEmpty();

            knowledgeBase.entries().delete(toFirst.id());
            assertThat(sources(knowledgeBase, first)).containsExactly("Links to the second");

            // One entry linking to both: one row of the table names both targets.
            Entry both = add(knowledgeBase, "Links to both", "[[" + SHARED[1] + "]], then [[" + SHARED[0] + "]]");
            assertThat(sources(knowledgeBase, first)).containsExactlyInAnyOrder("Links to the second", "Links to both");
            assertThat(sources(knowledgeBase, second)).containsExactly("Links to both");
            knowledgeBase.entries().save(both.withText(both.title(), "Only [[" + SHARED[1] + "]] now."));
            assertThat(sources(knowledgeBase, first)).containsExactly("Links to the second");
            assertThat(sources(knowledgeBase, second)).containsExactly("Links to both");
        }
    }

    @Test
    void anImportWritesItsBacklinksInGoesAndAtItsEnd() throws Exception {
        Path vault = Files.createDirectories(home.resolve("vault"));
        Files.writeString(vault.resolve(SHARED[0] + ".md"), "Target one.");
        Files.writeString(vault.resolve(SHARED[1] + ".md"), "Target two.");
        int notes = 1200;
        int linksEach = StoreSession.HELD_BACKLINKS / notes + 10; // more rows than are held at once
        for (int i = 0; i < notes; i++) {
            StringBuilder body = new StringBuilder("See [[" + SHARED[i % 2] + "]]");
            for (int k = 1; k <= linksEach; k++) {
                body.append(", [[Note ").append(i + k).append("]]");
            }
            Files.writeString(vault.resolve("Note " + i + ".md"), body);
        }
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home.resolve("kb"), Clock.systemUTC())) {
            knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());
            assertThat(sources(knowledgeBase, knowledgeBase.entries().findByTitle(SHARED[0]).orElseThrow())).hasSize(notes / 2)
                    .allMatch(title -> Integer.parseInt(title.substring("Note ".length())) % 2 == 0);
            assertThat(sources(knowledgeBase, knowledgeBase.entries().findByTitle(SHARED[1]).orElseThrow())).hasSize(notes / 2);
            for (int target : new int[] {7, 600, notes - 1}) {
                List<String> expected = java.util.stream.IntStream.range(Math.max(0, target - linksEach), target)
                        .mapToObj(i -> "Note " + i).toList();
                assertThat(sources(knowledgeBase, knowledgeBase.entries().findByTitle("Note " + target).orElseThrow()))
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void migrationSevenKeysTheLinksWrittenBeforeAndDropsTheOldIndex() throws SQLException {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID linking = UUID.randomUUID();
        EarlierSchema.write(home, "6", connection -> {
            EarlierSchema.insertWithText(connection, first, "NOTE", SHARED[0], "", null, null);
            EarlierSchema.insertWithText(connection, second, "NOTE", SHARED[1], "", null, null);
            EarlierSchema.insertWithText(connection, linking, "NOTE", "Linking",
                    "[[" + SHARED[1] + "]] [[" + SHARED[1] + "]]", null, null);
            long number = EarlierSchema.number(connection, linking);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry_link (row_key, entry_num,"
                    + " target, target_key, heading, alias) VALUES (?, ?, ?, ?, '', ''), (?, ?, ?, ?, '', '')")) {
                for (int i = 0; i < 2; i++) {
                    insert.setLong(4 * i + 1, number * EntryIndexRepository.ROWS_PER_ENTRY + i);
                    insert.setLong(4 * i + 2, number);
                    insert.setString(4 * i + 3, SHARED[1]);
                    insert.setString(4 * i + 4, SHARED[1]);
                }
                insert.executeUpdate();
            }
        });

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            assertThat(sources(knowledgeBase, knowledgeBase.entries().find(second).orElseThrow())).containsExactly("Linking");
            assertThat(sources(knowledgeBase, knowledgeBase.entries().find(first).orElseThrow())).isEmpty();
        }
        try (Database database = Database.open(home)) {
            database.inTransaction(connection -> {
                try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM entry_backlink")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(1);
                }
                try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM"
                        + " INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'ENTRY_LINK_BY_TARGET'")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isZero();
                }
                return null;
            });
        }
    }

    private static Entry add(KnowledgeBase knowledgeBase, String title, String body) {
        Entry draft = knowledgeBase.entries().draft(EntryKind.NOTE, title);
        return knowledgeBase.entries().add(draft.withText(title, body));
    }

    private static List<String> sources(KnowledgeBase knowledgeBase, Entry target) {
        return knowledgeBase.connections().backlinks(target).stream().map(Reference::source).map(source -> source.title())
                .distinct().toList();
    }

    private static String[] twoTitlesWithOneBucket() {
        Map<Long, String> seen = new HashMap<>();
        for (int i = 0; ; i++) {
            String title = "topic " + i;
            String other = seen.putIfAbsent(BacklinkIndex.bucket(title), title);
            if (other != null) {
                return new String[] {other, title};
            }
        }
    }
}
