package org.projectnexus.logic.store;

import org.projectnexus.model.DatabaseInUseException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.OpeningOptions;

/**
 * A knowledge base written by an earlier Nexus is updated on a copy that takes its place only when done (ADR 31):
 * an update killed midway, or one that fails, leaves it as it was. The opener is told before an update, so that
 * the window and the command line can say why this opening takes long; not when there is nothing to update, nor
 * when a new knowledge base is made.
 */
class SchemaUpdateTest {

    private static final UUID NOTE = UUID.randomUUID();

    @TempDir
    Path home;

    private final AtomicInteger updates = new AtomicInteger();

    @Test
    void aKnowledgeBaseOfAnEarlierSchemaIsUpdatedOnceAndTheOpenerToldBefore() throws SQLException {
        writeSchemaSeven();

        try (KnowledgeBase knowledgeBase = open(updates::incrementAndGet)) {
            assertThat(knowledgeBase.entries().find(NOTE).orElseThrow().body()).isEqualTo("Its text");
        }
        assertThat(updates).hasValue(1);
        assertThat(home.resolve(SchemaUpdate.COPY_NAME + ".mv.db")).doesNotExist();
        assertThat(home.resolve(SchemaUpdate.COPY_NAME + ".trace.db")).as("no error on the way").doesNotExist();

        open(updates::incrementAndGet).close();
        assertThat(updates).as("up to date: nothing to tell").hasValue(1);
    }

    @Test
    void aNewKnowledgeBaseIsNotAnUpdate() {
        open(updates::incrementAndGet).close();
        open(updates::incrementAndGet).close();

        assertThat(updates).hasValue(0);
    }

    @Test
    void theCopyLeftByAnUpdateKilledMidwayIsWrittenOverAndTheUpdateDoneAgain() throws Exception {
        writeSchemaSeven();
        // Where a kill during migration 8 leaves its copy: the new table made, the old one not yet dropped.
        Files.copy(home.resolve("nexus.mv.db"), home.resolve(SchemaUpdate.COPY_NAME + ".mv.db"));
        try (Connection copy = DriverManager.getConnection(Database.url(home, SchemaUpdate.COPY_NAME, null), "nexus", "")) {
            copy.createStatement().execute("CREATE TABLE entry_text_utf8 AS SELECT * FROM entry_text");
            copy.createStatement().execute("SHUTDOWN");
        }

        try (KnowledgeBase knowledgeBase = open(updates::incrementAndGet)) {
            assertThat(knowledgeBase.entries().find(NOTE).orElseThrow().body()).isEqualTo("Its text");
        }
        assertThat(home.resolve(SchemaUpdate.COPY_NAME + ".mv.db")).doesNotExist();
    }

    @Test
    void anUpdateThatFailsLeavesTheFileAsItWasAndSaysWhy() throws Exception {
        writeSchemaSeven();
        try (Connection main = DriverManager.getConnection(Database.url(home, null), "nexus", "")) {
            // A table in the way of migration 8, which then fails on its first statement.
            main.createStatement().execute("CREATE TABLE entry_text_utf8 (x INT)");
            main.createStatement().execute("SHUTDOWN");
        }
        byte[] before = Files.readAllBytes(home.resolve("nexus.mv.db"));

        assertThatThrownBy(() -> open(updates::incrementAndGet)).isInstanceOf(NexusException.class)
                .hasMessageContaining("could not be brought up to date");

        assertThat(Files.readAllBytes(home.resolve("nexus.mv.db"))).as("not one byte changed").isEqualTo(before);
        assertThat(home.resolve(SchemaUpdate.COPY_NAME + ".mv.db")).doesNotExist();
    }

    @Test
    void aSecondNexusDoesNotUpdateWhileTheFirstDoes() throws Exception {
        writeSchemaSeven();
        byte[] before = Files.readAllBytes(home.resolve("nexus.mv.db"));

        try (FileChannel lockFile = FileChannel.open(home.resolve(SchemaUpdate.LOCK_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lockFile.lock()) {
            assertThatThrownBy(() -> open(updates::incrementAndGet)).isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("being updated by another Nexus");
        }

        assertThat(Files.readAllBytes(home.resolve("nexus.mv.db"))).isEqualTo(before);
        try (KnowledgeBase knowledgeBase = open(updates::incrementAndGet)) {
            assertThat(knowledgeBase.entries().find(NOTE)).isPresent();
        }
    }

    @Test
    void anEncryptedKnowledgeBaseIsUpdatedOnAnEncryptedCopy() throws Exception {
        writeSchemaSeven();
        char[] password = "correct-horse-battery".toCharArray();
        // H2's own tool, as `nexus encrypt` uses it, but without Nexus opening (and so updating) the file first.
        org.h2.tools.ChangeFileEncryption.execute(home.toString(), Database.FILE_NAME, "AES", null, password.clone(),
                true);

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(), OpeningOptions.DEFAULT
                .withPassword(password.clone()).beforeUpdate(updates::incrementAndGet))) {
            assertThat(knowledgeBase.entries().find(NOTE).orElseThrow().body()).isEqualTo("Its text");
        }
        assertThat(updates).hasValue(1);
        assertThat(DatabaseEncryption.isEncrypted(home)).as("still encrypted").isTrue();
        assertThat(new String(Files.readAllBytes(home.resolve("nexus.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("no plain text on disk").doesNotContain("Its text");
    }

    private void writeSchemaSeven() throws SQLException {
        EarlierSchema.write(home, "7", connection ->
                EarlierSchema.insertWithText(connection, NOTE, "NOTE", "Kept", "Its text", null, null));
    }

    private KnowledgeBase open(Runnable beforeUpdate) {
        return KnowledgeBase.open(home, Clock.systemUTC(), OpeningOptions.DEFAULT.beforeUpdate(beforeUpdate));
    }
}
