package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityCommandsTest {

    @TempDir
    Path home;

    @TempDir
    Path sources;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = Stream.concat(Stream.of("--home", home.toString()), Stream.of(args)).toArray(String[]::new);
        return NexusCli.create((path, startupReport) -> { }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }

    @Test
    void deletedEntriesAreListedRestoredAndEmptiedOnlyAfterConfirming() {
        assertThat(run("body", "add", "--kind", "note", "--title", "Doomed")).isZero();
        assertThat(run("see [[Doomed]]", "add", "--kind", "note", "--title", "Linker")).isZero();
        assertThat(run("", "trash", "list")).isZero();
        assertThat(out.toString().strip()).isEqualTo("The trash is empty.");
        // The CLI has no delete command: the trash is filled through the knowledge base, as the window does.
        try (var knowledgeBase = org.projectnexus.logic.KnowledgeBase.open(home, java.time.Clock.systemUTC())) {
            knowledgeBase.entries().delete(knowledgeBase.entries().findByTitle("Doomed").orElseThrow().id());
        }
        assertThat(run("", "check")).isNotZero();
        assertThat(run("", "trash", "list")).isZero();
        assertThat(out.toString()).contains("Doomed").doesNotContain("empty");

        assertThat(run("", "trash", "restore", "doomed")).isZero();
        assertThat(out.toString()).contains("Restored “Doomed”");
        assertThat(run("", "show", "Doomed")).isZero();

        try (var knowledgeBase = org.projectnexus.logic.KnowledgeBase.open(home, java.time.Clock.systemUTC())) {
            knowledgeBase.entries().delete(knowledgeBase.entries().findByTitle("Doomed").orElseThrow().id());
        }
        assertThat(run("n\n", "trash", "empty")).isZero();
        assertThat(out.toString()).contains("Nothing was deleted");
        assertThat(run("yes\n", "trash", "empty")).isZero();
        assertThat(out.toString()).contains("Deleted 1 entries for good");
        assertThat(run("", "trash", "restore", "Doomed")).isEqualTo(1);
        assertThat(err.toString()).contains("is in the trash");
    }

    @Test
    void historyListsDiffsAndRestoresVersions() {
        assertThat(run("first text", "add", "--kind", "note", "--title", "Draft")).isZero();
        try (var knowledgeBase = org.projectnexus.logic.KnowledgeBase.open(home, java.time.Clock.systemUTC())) {
            var entry = knowledgeBase.entries().findByTitle("Draft").orElseThrow();
            knowledgeBase.entries().save(entry.withText("Draft", "second text"));
        }
        assertThat(run("", "history", "Draft")).isZero();
        assertThat(out.toString()).contains("(current)").containsPattern("\\s+1\\s+");
        assertThat(run("", "history", "Draft", "--diff", "1")).isZero();
        assertThat(out.toString()).contains("- first text").contains("+ second text");
        assertThat(run("", "history", "Draft", "--restore", "1")).isZero();
        assertThat(run("", "show", "Draft")).isZero();
        assertThat(out.toString()).contains("first text");
        assertThat(run("", "history", "Draft", "--diff", "42")).isEqualTo(1);
        assertThat(err.toString()).contains("has no kept version 42");

        assertThat(run("", "history", "--keep-latest", "50")).isZero();
        assertThat(out.toString()).contains("the newest 50 always");
        try (var knowledgeBase = org.projectnexus.logic.KnowledgeBase.open(home, java.time.Clock.systemUTC())) {
            assertThat(knowledgeBase.safety().revisionThinning().keepLatest()).isEqualTo(50);
        }
    }

    @Test
    void backupAndRestoreAfterConfirming() throws Exception {
        assertThat(run("kept", "add", "--kind", "note", "--title", "Before backup")).isZero();
        assertThat(run("", "backup")).isZero();
        Path zip = Path.of(out.toString().strip().replace("Backed up to ", ""));
        assertThat(zip).exists();
        assertThat(run("lost", "add", "--kind", "note", "--title", "After backup")).isZero();

        assertThat(run("no\n", "restore", zip.toString())).isEqualTo(1);
        assertThat(run("", "show", "After backup")).isZero();

        assertThat(run("y\n", "restore", zip.toString())).isZero();
        assertThat(out.toString()).contains("set-aside");
        assertThat(run("", "show", "After backup")).isEqualTo(1);
        assertThat(run("", "show", "Before backup")).isZero();
        try (var aside = Files.list(home.resolve("set-aside"))) {
            assertThat(aside).hasSize(1);
        }
    }

    @Test
    void anEncryptedKnowledgeBaseAsksForItsPassword() {
        assertThat(run("secret text", "add", "--kind", "note", "--title", "Private")).isZero();
        assertThat(run("pw1\npw2\n", "encrypt")).isEqualTo(1);
        assertThat(err.toString()).contains("differ");
        assertThat(run("horse-battery\nhorse-battery\n", "encrypt")).isZero();
        assertThat(run("horse-battery\n", "show", "Private")).isZero();
        assertThat(out.toString()).contains("secret text");
        assertThat(run("wrong\n", "show", "Private")).isEqualTo(1);
        assertThat(err.toString()).contains("password does not open");
        // An import reads its source only once the password has opened the knowledge base.
        Path note = write(sources.resolve("Imported secretly.md"), "brought in #private");
        assertThat(run("horse-battery\n", "import", note.toString())).isZero();
        assertThat(run("horse-battery\n", "show", "Imported secretly")).isZero();
        assertThat(run("horse-battery\n", "backup")).isZero();
        assertThat(run("horse-battery\n", "decrypt")).isZero();
        assertThat(run("", "show", "Private")).isZero();
    }

    @Test
    void theCommandLineSaysClearlyWhenAnotherNexusHoldsTheKnowledgeBase() throws Exception {
        assertThat(run("", "list")).isZero();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KnowledgeBaseHolder.class.getName(),
                home.toString()).redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(5))).isEqualTo("ready");
            assertThat(run("", "list")).isEqualTo(1);
            assertThat(err.toString()).contains("is open in another Nexus");
            // The import's first look starts while the knowledge base opens; the refusal is still what is said.
            Path note = write(sources.resolve("Waiting.md"), "text");
            assertThat(run("", "import", note.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("is open in another Nexus");
            assertThat(run("y\n", "restore", home.resolve("nexus.mv.db").toString())).isEqualTo(1);
            assertThat(Files.exists(home.resolve("nexus.mv.db"))).isTrue();
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    /** Runs in a separate JVM: opens the knowledge base, says "ready", and holds it until killed. */
    public static final class KnowledgeBaseHolder {
        public static void main(String[] args) throws InterruptedException {
            org.projectnexus.logic.KnowledgeBase.open(Path.of(args[0]), java.time.Clock.systemUTC()).entries().summaries();
            System.out.print("ready");
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
