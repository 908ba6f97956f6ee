package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * A data folder that cannot be written: saves fail with a message a person understands, and nothing saved is
 * damaged. Skipped when the tests run as root, who can write anywhere (then the folder is not read-only).
 */
class ReadOnlyFolderTest {

    @TempDir
    Path home;

    @AfterEach
    void writableAgain() throws IOException {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(home)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    @Test
    void savesIntoAReadOnlyFolderFailWithAClearMessageAndChangeNothing() throws IOException {
        Entry entry;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            entry = knowledgeBase.add(knowledgeBase.draft(EntryKind.NOTE, "Written").withText("Written", "before"));
        }
        Files.setPosixFilePermissions(home.resolve("nexus.mv.db"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(home.resolve("nexus.mv.db")), "running as root: nothing is read-only");

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry found = knowledgeBase.find(entry.id()).orElseThrow();
            assertThatThrownBy(() -> knowledgeBase.save(found.withText("Written", "after")))
                    .isInstanceOf(NexusException.class).hasMessageContaining("could not be read or written");
            assertThat(knowledgeBase.find(entry.id()).orElseThrow().body()).isEqualTo("before");
        } catch (NexusException refusedAtOpening) {
            assertThat(refusedAtOpening.getMessage()).contains(home.toString());
        }
    }
}
