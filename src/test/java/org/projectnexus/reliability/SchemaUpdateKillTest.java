package org.projectnexus.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.store.EarlierSchema;

/**
 * A Nexus killed (SIGKILL) while it updates a knowledge base written by an earlier version loses nothing, and the
 * next start updates it (ADR 31). Each round kills a little later into the update (about 0.3 s for these entries in
 * a warm JVM, longer in the worker's cold one): during the copy, the migration, or after it.
 *
 * <p>This checks the update as it is; it does not tell it from the update in place that it replaced, which also
 * survived these kills: that one's unsafe moments lay between the statements of a migration, a few milliseconds
 * (ADR 31). {@code SchemaUpdateTest} builds the states such a kill leaves.
 */
class SchemaUpdateKillTest {

    private static final int ENTRIES = 2_000;
    private static final String TEXT = "A text that the update turns into UTF-8 bytes: café, 東京, 😀. ".repeat(30);

    @TempDir
    Path folder;

    @Test
    void anUpdateKilledAtAnyMomentLosesNothingAndIsDoneAtTheNextStart() throws Exception {
        for (long delayMillis : new long[] {0, 150, 400}) {
            Path home = Files.createDirectory(folder.resolve("killed-after-" + delayMillis + "ms"));
            List<UUID> ids = writeSchemaSeven(home);

            String said = startAndKill(home, delayMillis);

            try (KnowledgeBase reopened = KnowledgeBase.open(home, Clock.systemUTC())) {
                for (UUID id : ids) {
                    assertThat(reopened.entries().find(id)).as("killed %d ms into the update (it said %s)", delayMillis, said)
                            .hasValueSatisfying(entry -> assertThat(entry.body()).isEqualTo(TEXT + id));
                }
            }
        }
    }

    private static List<UUID> writeSchemaSeven(Path home) throws Exception {
        List<UUID> ids = new ArrayList<>();
        EarlierSchema.write(home, "7", connection -> {
            connection.setAutoCommit(false);
            for (int i = 0; i < ENTRIES; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                EarlierSchema.insertWithText(connection, id, "NOTE", "Note " + i, TEXT + id, null, null);
            }
            connection.commit();
        });
        return ids;
    }

    /** Starts the worker, kills it {@code delayMillis} after it says the update began; what it said last. */
    private static String startAndKill(Path home, long delayMillis) throws Exception {
        Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UpdatingWorker.class.getName(), home.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> said = new CopyOnWriteArrayList<>();
        CountDownLatch updating = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    said.add(line);
                    updating.countDown();
                }
            } catch (IOException killed) {
                // The stream ends with the worker.
            }
        });
        reader.start();
        assertThat(updating.await(30, TimeUnit.SECONDS)).as("the worker says something").isTrue();
        assertThat(said).as("the worker starts an update").startsWith("UPDATING");
        Thread.sleep(delayMillis); // the moment of the kill, not a wait for a condition
        worker.destroyForcibly();
        assertThat(worker.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        return said.get(said.size() - 1);
    }
}
