package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.backup.BackupPolicy;
import org.projectnexus.model.DatabaseDamagedException;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.WrongPasswordException;

/** Issue 28, point 10: a damaged backup or a wrong password gets its true reason, and leaves nothing behind. */
class RestoreFailuresTest {

    private static final String PASSWORD = "correct-horse-battery";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private Path backupOf(int entries, String password) {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(),
                OpeningOptions.DEFAULT.withPassword(password == null ? null : password.toCharArray()))) {
            for (int i = 0; i < entries; i++) {
                knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Entry " + i)
                        .withText("Entry " + i, "Text of entry " + i + "."));
            }
            Path backup = knowledgeBase.safety().backups(BackupPolicy.DEFAULT).backUpNow().file();
            return Files.copy(backup, work.resolve("backup.zip"));
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }

    private List<String> dataFolder() throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            // The search index is rebuilt from the database whenever it is missing, and a schema update (which a
            // flip can make the restored file seem to need) keeps its lock file: neither is compared.
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals("search-index") && !name.equals("nexus-update.lock"))
                    .sorted().toList();
        }
    }

    private static byte[] databaseIn(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry("nexus.mv.db")).readAllBytes();
        }
    }

    /** A zip of {@code database} with a valid checksum: the damage is in the database, not in the zip. */
    private Path zipOf(byte[] database, String name) throws IOException {
        Path zip = work.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("nexus.mv.db"));
            out.write(database);
            out.closeEntry();
        }
        return zip;
    }

    /** Restores the intact backup, for the next round, and deletes what that set aside. */
    private void restoreGood(Path backup) throws IOException {
        KnowledgeBaseFiles.restoreBackup(home, backup, null);
        try (Stream<Path> aside = Files.walk(home.resolve("set-aside"))) {
            for (Path file : aside.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aBackupWithOneFlippedByteIsCalledDamagedNeverBusyAndTheKnowledgeBaseStaysAsItWas() throws IOException {
        Path backup = backupOf(10, null);
        restoreGood(backup); // the folder as each round leaves it
        List<String> before = dataFolder();
        byte[] database = databaseIn(backup);
        byte[] zipBytes = Files.readAllBytes(backup);
        // A byte flipped in the backup file itself, as a disk or a copy does: the zip's checksum catches it.
        java.util.Map<Path, Boolean> flipped = new java.util.LinkedHashMap<>();
        for (int at = 100; at < zipBytes.length - 200; at += zipBytes.length / 8) {
            byte[] copy = zipBytes.clone();
            copy[at] ^= 0x01;
            flipped.put(Files.write(work.resolve("zip-" + at + ".zip"), copy), true);
        }
        // A byte flipped in the database before it was zipped: H2 reads it, or says it cannot. Where the flip hit the
        // newest changes, H2 goes back to the last state it can read (its own recovery), so not every entry is there.
        for (int at = 0; at < database.length; at += database.length / 16) {
            byte[] copy = database.clone();
            copy[at] ^= 0x01;
            flipped.put(zipOf(copy, "db-" + at + ".zip"), false);
        }

        int damaged = 0;
        for (java.util.Map.Entry<Path, Boolean> zip : flipped.entrySet()) {
            try {
                KnowledgeBaseFiles.restoreBackup(home, zip.getKey(), null);
                if (zip.getValue()) {
                    try (KnowledgeBase restored = KnowledgeBase.open(home, Clock.systemUTC())) {
                        assertThat(restored.entries().summaries()).as("restored from %s", zip.getKey()).hasSize(10);
                    }
                }
            } catch (NexusException refused) {
                damaged++;
                assertThat(refused).as("restoring %s", zip.getKey()).isInstanceOf(DatabaseDamagedException.class)
                        .hasMessageContaining("is damaged").hasMessageNotContaining("another Nexus");
                assertThat(dataFolder()).as("after %s", zip.getKey()).isEqualTo(before);
            }
            restoreGood(backup);
        }
        assertThat(damaged).as("flips that H2 could not read").isGreaterThan(0);
    }

    @Test
    void aWrongPasswordLeavesNeitherATraceFileNorAnEmptySetAsideFolder() throws IOException {
        Path encryptedBackup = backupOf(3, PASSWORD);
        Path plainHome = Files.createDirectories(work.resolve("plain"));
        try (KnowledgeBase plain = KnowledgeBase.open(plainHome, Clock.systemUTC())) {
            plain.entries().summaries();
        }
        assertThatThrownBy(() -> KnowledgeBase.open(home, Clock.systemUTC(),
                OpeningOptions.DEFAULT.withPassword("battery-staple".toCharArray())))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(dataFolder()).doesNotContain("nexus.trace.db");

        assertThatThrownBy(() -> KnowledgeBaseFiles.restoreBackup(plainHome, encryptedBackup,
                "battery-staple".toCharArray()))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("does not open the backup");
        try (Stream<Path> files = Files.list(plainHome)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .doesNotContain("set-aside", "nexus.trace.db", "nexus.mv.db.restoring");
        }
        try (KnowledgeBase plain = KnowledgeBase.open(plainHome, Clock.systemUTC())) {
            assertThat(plain.safety().encrypted()).isFalse();
        }
    }
}
