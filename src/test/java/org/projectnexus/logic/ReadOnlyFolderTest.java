package org.projectnexus.logic;

import org.projectnexus.model.NexusException;
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
 * damaged. Root can write whatever the permissions say, so when the tests run as root (as in CI) the folder is made
 * immutable with {@code chattr +i}, which binds root too; skipped only where that is not possible either.
 */
class ReadOnlyFolderTest {

    @TempDir
    Path home;

    private boolean immutable;

    @AfterEach
    void writableAgain() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i");
        }
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(home)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    private boolean chattr(String change) throws InterruptedException {
        try {
            Process chattr = new ProcessBuilder("chattr", "-R", change, home.toString())
                    .redirectErrorStream(true).start();
            chattr.getInputStream().readAllBytes();
            return chattr.waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }

    @Test
    void savesIntoAReadOnlyFolderFailWithAClearMessageAndChangeNothing() throws IOException, InterruptedException {
        Entry entry;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            entry = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Written").withText("Written", "before"));
        }
        Files.setPosixFilePermissions(home.resolve("nexus.mv.db"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(home.resolve("nexus.mv.db"))) {
            immutable = chattr("+i"); // running as root
        }
        assumeFalse(Files.isWritable(home.resolve("nexus.mv.db")), "root, and chattr cannot make files read-only here");

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry found = knowledgeBase.entries().find(entry.id()).orElseThrow();
            assertThatThrownBy(() -> knowledgeBase.entries().save(found.withText("Written", "after")))
                    .isInstanceOf(NexusException.class).hasMessageContaining("could not be read or written");
            assertThat(knowledgeBase.entries().find(entry.id()).orElseThrow().body()).isEqualTo("before");
        } catch (NexusException refusedAtOpening) {
            assertThat(refusedAtOpening.getMessage()).contains(home.toString());
        }
    }
}
