package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.backup.BackupPolicy;
import org.projectnexus.model.EntryKind;

/** Issue 28, point 12: on Linux and macOS the data folder is 0700 and its files 0600, whatever the umask. */
class PrivateDataFolderTest {

    @TempDir
    Path temporary;

    private Path home;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        home = temporary.resolve("new/nexus");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewDataFolderAndEveryFileNexusWritesInItArePrivateToTheirOwner() throws IOException {
        Path backup;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
                RunningInstance window = RunningInstance.listen(home, () -> { })) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Diary")
                    .withText("Diary", "Private thoughts"));
            assertThat(permissions(home.resolve("nexus.mv.db"))).isEqualTo("rw-------");
            assertThat(permissions(home.resolve("window.port"))).isEqualTo("rw-------");
            backup = knowledgeBase.safety().backups(BackupPolicy.DEFAULT).backUpNow().file();
        }
        assertThat(permissions(home)).isEqualTo("rwx------");
        assertThat(permissions(home.getParent())).as("a parent Nexus created").isEqualTo("rwx------");
        assertThat(permissions(home.resolve("nexus.mv.db"))).as("after compacting on close").isEqualTo("rw-------");
        assertThat(permissions(home.resolve("search-index"))).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("backups"))).isEqualTo("rwx------");
        assertThat(permissions(backup)).isEqualTo("rw-------");

        KnowledgeBaseFiles.changeEncryption(home, null, "correct-horse-battery".toCharArray());
        assertThat(permissions(home.resolve("nexus.mv.db"))).as("encrypted anew").isEqualTo("rw-------");
        KnowledgeBaseFiles.changeEncryption(home, "correct-horse-battery".toCharArray(), null);

        KnowledgeBaseFiles.restoreBackup(home, backup, null);
        assertThat(permissions(home.resolve("set-aside"))).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("nexus.mv.db"))).as("restored").isEqualTo("rw-------");
    }

    @Test
    void anExistingDatabaseFileIsMadePrivateButAFolderTheUserChoseIsLeftAsItWas() throws IOException {
        Path chosen = Files.createDirectories(temporary.resolve("chosen"));
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(chosen, Clock.systemUTC())) {
            knowledgeBase.entries().summaries();
        }
        Files.setPosixFilePermissions(chosen.resolve("nexus.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(chosen, Clock.systemUTC())) {
            assertThat(permissions(chosen.resolve("nexus.mv.db"))).isEqualTo("rw-------");
        }
        assertThat(permissions(chosen)).isEqualTo("rwxr-xr-x");
    }
}
