package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;

/** The commands the bundle's AOT cache is trained on all succeed (a failing one would stop the bundle's build). */
class AotTrainingTest {

    @TempDir
    Path scratch;

    @Test
    void theTrainingCommandsExportTheStarterSetAndImportItBack() throws Exception {
        AotTraining.runCommands(scratch);

        assertThat(scratch.resolve("vault/notes")).isDirectory();
        assertThat(Files.readString(scratch.resolve("README.md"))).contains("## ");
        int starterEntries;
        try (KnowledgeBase starter = KnowledgeBase.open(scratch.resolve("starter"), Clock.systemUTC())) {
            starterEntries = starter.entries().summaries().size();
        }
        assertThat(starterEntries).isPositive();
        assertThat(scratch.resolve("encrypted/nexus.key")).as("the encrypted starter set's key file").isRegularFile();
        // Published, then a new entry published too: both commits reached the remote.
        assertThat(scratch.resolve("published/takeaways/A training takeaway.md")).isRegularFile();
        try (org.eclipse.jgit.api.Git remote = org.eclipse.jgit.api.Git.open(scratch.resolve("published.git").toFile())) {
            assertThat(remote.log().call()).hasSize(2);
        }
        for (String imported : new String[] {"from-vault", "from-backup"}) {
            try (KnowledgeBase knowledgeBase = KnowledgeBase.open(scratch.resolve(imported), Clock.systemUTC())) {
                assertThat(knowledgeBase.entries().summaries()).as(imported).hasSize(starterEntries);
            }
        }
    }
}
