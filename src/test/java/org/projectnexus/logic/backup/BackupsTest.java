package org.projectnexus.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.store.Database;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

class BackupsTest {

    @TempDir
    Path home;

    @Test
    void aBackupBringsBackTheKnowledgeBaseAsItWasAndKeepsTheCurrentOneAside() throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry kept = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Kept").withText("Kept", "before"));
            Backups.Backup backup = knowledgeBase.safety().backups(BackupPolicy.DEFAULT).backUpNow();
            assertThat(backup.file()).exists().hasParent(home.resolve("backups"));

            knowledgeBase.entries().save(kept.withText("Kept", "after"));
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Later").withText("Later", "x"));

            Path aside = knowledgeBase.safety().restoreBackup(backup.file());
            assertThat(aside).exists();
            assertThat(knowledgeBase.entries().find(kept.id()).orElseThrow().body()).isEqualTo("before");
            assertThat(knowledgeBase.entries().findByTitle("Later")).isEmpty();
            // The knowledge base stays usable after the restore.
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "After restore"));
        }
        try (KnowledgeBase reopened = KnowledgeBase.open(home, Clock.systemUTC())) {
            assertThat(reopened.entries().findByTitle("After restore")).isPresent();
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws IOException {
        Path notABackup = Files.writeString(home.resolve("notes.zip"), "not a zip at all");
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Stays"));
            assertThatThrownBy(() -> knowledgeBase.safety().restoreBackup(notABackup))
                    .isInstanceOf(NexusException.class).hasMessageContaining("Nothing was changed");
            assertThat(knowledgeBase.entries().findByTitle("Stays")).isPresent();
        }
    }

    @Test
    void theCommandLineRestoreWorksOnAClosedDatabase() {
        Path zip;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "In backup"));
            zip = knowledgeBase.safety().backups(BackupPolicy.DEFAULT).backUpNow().file();
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Not in backup"));
        }
        assertThat(Database.restoreInto(home, zip, null)).exists();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            assertThat(knowledgeBase.entries().findByTitle("In backup")).isPresent();
            assertThat(knowledgeBase.entries().findByTitle("Not in backup")).isEmpty();
        }
    }

    @Test
    void automaticBackupsAreMadeOnlyAfterTheIntervalAndRotated() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
        List<Path> written = new ArrayList<>();
        Backups backups = new Backups(home, file -> {
            try {
                written.add(Files.writeString(file, "backup"));
            } catch (IOException failure) {
                throw new IllegalStateException(failure);
            }
        }, clock, BackupPolicy.DEFAULT);

        assertThat(backups.backUpIfDue()).isPresent();
        clock.advance(Duration.ofHours(3));
        assertThat(backups.backUpIfDue()).isEmpty();
        assertThat(backups.backUpNow()).isNotNull(); // on demand, whatever the interval
        for (int day = 0; day < 70; day++) {
            clock.advance(Duration.ofDays(1));
            assertThat(backups.backUpIfDue()).isPresent();
        }
        // The newest of each of 7 days, then of each of 4 weeks.
        assertThat(backups.list()).hasSize(11);
        assertThat(written).hasSize(72);
        assertThat(home.resolve("backups")).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void theNextBackupClearsWhatABackupCutShortLeftAndNothingElse() throws IOException {
        Path folder = Files.createDirectories(home.resolve("backups"));
        Path cutShort = Files.writeString(folder.resolve("nexus-2026-01-01-090000.zip.partial"), "half a zip");
        Path usersOwn = Files.writeString(folder.resolve("my-notes.zip.partial"), "not Nexus's");
        Backups backups = new Backups(home, file -> {
            try {
                Files.writeString(file, "backup");
            } catch (IOException failure) {
                throw new IllegalStateException(failure);
            }
        }, new MovableClock(Instant.parse("2026-01-01T10:00:00Z")), BackupPolicy.DEFAULT);

        Backups.Backup made = backups.backUpNow();

        assertThat(made.file()).exists();
        assertThat(cutShort).doesNotExist();
        assertThat(usersOwn).exists();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
