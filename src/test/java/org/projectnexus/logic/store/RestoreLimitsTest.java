package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.NexusException;

/**
 * A backup zip that unpacks to far more than it should (issue 28, point 5): refused before anything is written when
 * it says so, stopped the moment it passes what it said when it lies, and in every case nothing is left behind.
 * The limits are small here, so that the zips stay small and the tests fast; the defaults are checked apart.
 */
class RestoreLimitsTest {

    private static final long MB = 1L << 20;
    /** 4 MB at most, ratio 20 above 256 KB, 1 MB to keep free, on a disk with 64 MB free. */
    private static final RestoreLimits SMALL = new RestoreLimits(4 * MB, 20, MB / 4, MB, folder -> 64 * MB);

    @TempDir
    Path temp;

    private Path home;
    private List<String> before;

    @BeforeEach
    void aKnowledgeBase() throws IOException {
        home = temp.resolve("home");
        try (Database database = Database.open(home)) {
            database.inTransaction(connection -> connection.createStatement()
                    .executeUpdate("INSERT INTO knowledge_base_fact VALUES ('marker', 'the original')"));
        }
        before = listing(home);
    }

    @Test
    void aBombThatSaysItsSizeIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path bomb = ZipBombs.zeros(temp.resolve("bomb.zip"), 8 * MB);

        assertThatThrownBy(() -> Database.restoreInto(home, bomb, null, SMALL)).isInstanceOf(NexusException.class)
                .hasMessageContaining("would unpack to 8.0 MB, more than the 4.0 MB a knowledge base may have")
                .hasMessageEndingWith("Nothing was changed.");
        assertThat(listing(home)).isEqualTo(before);
        assertThat(marker()).isEqualTo("the original");
    }

    @Test
    void aBombWithinTheSizeIsRefusedByItsRatio() throws IOException {
        Path bomb = ZipBombs.zeros(temp.resolve("ratio.zip"), 3 * MB);

        assertThatThrownBy(() -> Database.restoreInto(home, bomb, null, SMALL))
                .hasMessageContaining("times its size").hasMessageContaining("zip bomb");
        assertThat(listing(home)).isEqualTo(before);
    }

    @Test
    void aBackupLargerThanTheFreeSpaceIsRefused() throws IOException {
        Path zip = ZipBombs.zeros(temp.resolve("fits.zip"), 3 * MB);
        RestoreLimits fullDisk = new RestoreLimits(4 * MB, 10_000, MB / 4, MB, folder -> 3 * MB);

        assertThatThrownBy(() -> Database.restoreInto(home, zip, null, fullDisk))
                .hasMessageContaining("needs 3.0 MB and the disk of").hasMessageContaining("has 3.0 MB free");
        assertThat(listing(home)).isEqualTo(before);
    }

    @Test
    void aBombThatLiesAboutItsSizeIsStoppedAtWhatItSaid() throws IOException {
        Path liar = ZipBombs.zeros(temp.resolve("liar.zip"), 32 * MB);
        ZipBombs.declareSize(liar, 100_000);

        assertThatThrownBy(() -> Database.restoreInto(home, liar, null, SMALL))
                .hasMessageContaining("unpacks to more than the 97.7 KB the zip says it holds");
        assertThat(listing(home)).isEqualTo(before);
        assertThat(marker()).isEqualTo("the original");
    }

    @Test
    void aRealBackupIsRestoredWithinTheDefaultLimits() throws IOException {
        Path zip = temp.resolve("real.zip");
        try (Database database = Database.open(home)) {
            database.backupTo(zip);
            database.inTransaction(connection -> connection.createStatement()
                    .executeUpdate("UPDATE knowledge_base_fact SET fact_value = 'changed' WHERE fact_name = 'marker'"));
        }
        Path aside = Database.restoreInto(home, zip, null);
        assertThat(aside).exists();
        assertThat(marker()).isEqualTo("the original");
        assertThat(RestoreLimits.DEFAULT.maxRatio()).isEqualTo(100);
        assertThat(RestoreLimits.DEFAULT.freeSpace().of(home)).isPositive();
    }

    private String marker() {
        try (Database database = Database.open(home)) {
            return database.inTransaction(connection -> {
                try (var rows = connection.createStatement().executeQuery(
                        "SELECT fact_value FROM knowledge_base_fact WHERE fact_name = 'marker'")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> folder.relativize(file) + (Files.isDirectory(file) ? "/" : "")).sorted().toList();
        }
    }
}
