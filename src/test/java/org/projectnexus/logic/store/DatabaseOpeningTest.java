package org.projectnexus.logic.store;

import org.projectnexus.model.DatabaseInUseException;
import org.projectnexus.model.NewerSchemaException;
import org.projectnexus.model.DatabaseDamagedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOpeningTest {

    @TempDir
    Path home;

    @Test
    void aFreshFolderGetsTheCurrentSchema() {
        try (Database database = Database.open(home)) {
            int tables = database.inTransaction(connection -> {
                try (var rows = connection.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN"
                                + " ('ENTRY', 'ENTRY_TAG', 'ENTRY_LINK', 'REVISION', 'KNOWLEDGE_BASE_FACT')")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(tables).isEqualTo(5);
        }
        assertThat(Database.existsIn(home)).isTrue();
    }

    @Test
    void aCommandGetsALargerPageCacheAndTheWindowKeepsTheUsualOne() {
        try (Database forCommand = Database.open(home, null, true)) {
            assertThat(cacheSizeKb(forCommand)).isEqualTo(Database.cacheSizeKb(Runtime.getRuntime().maxMemory()));
        }
        // H2 keeps the last size in the file: a window opened after a command still gets the usual one.
        try (Database forWindow = Database.open(home)) {
            assertThat(cacheSizeKb(forWindow)).isEqualTo(Database.CACHE_KB);
        }
        long gb = 1024L * 1024 * 1024;
        assertThat(Database.cacheSizeKb(gb / 4)).as("H2's default, at least").isEqualTo(64 * 1024);
        assertThat(Database.cacheSizeKb(gb)).as("an eighth of the heap").isEqualTo(128 * 1024);
        assertThat(Database.cacheSizeKb(16 * gb)).as("at most").isEqualTo(256 * 1024);
    }

    private static long cacheSizeKb(Database database) {
        return database.inTransaction(connection -> {
            try (var rows = connection.createStatement().executeQuery("SELECT SETTING_VALUE FROM"
                    + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")) {
                rows.next();
                return Long.parseLong(rows.getString(1).strip());
            }
        });
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        try (Database database = Database.open(home)) {
            database.inTransaction(connection -> null);
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DatabaseHolder.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(5))).isEqualTo("ready");
            String before = fingerprint(home.resolve("nexus.mv.db"));
            assertThatThrownBy(() -> Database.open(home))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("is open in another Nexus");
            assertThat(fingerprint(home.resolve("nexus.mv.db"))).isEqualTo(before);
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void aDamagedFileIsRefusedAndLeftAsItWas() throws IOException {
        Path file = home.resolve("nexus.mv.db");
        byte[] garbage = new byte[64 * 1024];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.open(home))
                .isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("damaged or not a Nexus database");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aDatabaseFromANewerNexusIsRefusedAndNotMigrated() throws IOException {
        try (Database database = Database.open(home)) {
            database.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                                + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                                + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'nexus', 1, TRUE)")) {
                    return insert.executeUpdate();
                }
            });
        }
        String before = fingerprint(home.resolve("nexus.mv.db"));
        assertThatThrownBy(() -> Database.open(home))
                .isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining("newer version of Nexus");
        assertThat(fingerprint(home.resolve("nexus.mv.db"))).isEqualTo(before);
    }

    private static String fingerprint(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Runs in a separate JVM: opens the database, says "ready", and holds it until killed. */
    public static final class DatabaseHolder {
        public static void main(String[] args) throws InterruptedException {
            Database database = Database.open(Path.of(args[0]));
            database.inTransaction(connection -> null);
            System.out.print("ready");
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
