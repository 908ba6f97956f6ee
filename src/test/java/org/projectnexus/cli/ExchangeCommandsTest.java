package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCommandsTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return NexusCli.create((path, startupReport) -> { }, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void exportThenImportIntoANewKnowledgeBaseRestoresTheStarterEntriesWithoutDuplicates() throws Exception {
        String home = temp.resolve("home").toString();
        Path backup = temp.resolve("backup.json");
        assertThat(run("--home", home, "export", "--format", "json", "--out", backup.toString())).isZero();
        assertThat(out.toString()).startsWith("Exported ").contains("entries to " + backup);
        assertThat(Files.readString(backup)).contains("\"format\" : \"nexus-backup\"");

        String restored = temp.resolve("restored").toString();
        assertThat(run("--home", restored, "import", backup.toString())).isZero();
        String entries = out.toString().lines().reduce((first, second) -> second).orElseThrow();
        assertThat(entries).matches("Imported \\d+ entries\\.");
        assertThat(err.toString()).isEmpty(); // stderr is no terminal here: no progress line
        run("--home", home, "list");
        String original = out.toString();
        run("--home", restored, "list");
        assertThat(out.toString()).isEqualTo(original);
    }

    @Test
    void importPrintsTheReportAndSkipsOnRequest() throws Exception {
        String home = temp.resolve("home").toString();
        Path vault = Files.createDirectories(temp.resolve("vault"));
        Files.writeString(vault.resolve("Redis.md"), "Clashes with the starter note.\r\n");
        run("--home", home, "list");
        assertThat(run("--home", home, "import", vault.toString(), "--on-conflict", "skip")).isZero();
        assertThat(out.toString()).contains("Redis.md: has Windows line ends (CRLF) (imported with \\n line ends)",
                "Redis.md: an entry titled “Redis” exists (skipped)", "Imported 0 entries, 1 skipped");
    }

    @Test
    void aLargeImportLeftToTheNextSynchronisationIsFoundByTheNextSearch() throws Exception {
        String home = temp.resolve("home").toString();
        Path vault = Files.createDirectories(temp.resolve("large"));
        int notes = 1_050; // more than SearchIndex.CATCH_UP_ABOVE (1,000): a change the window catches up in the background
        for (int i = 0; i < notes; i++) {
            Files.writeString(vault.resolve("note-" + i + ".md"), "Plain note " + i + (i == 7 ? " about zanzibar" : ""));
        }
        assertThat(run("--home", home, "import", vault.toString())).isZero();
        // The command leaves no catch-up running and no index in step: the search's synchronisation takes them in.
        assertThat(run("--home", home, "search", "zanzibar")).isZero();
        assertThat(out.toString()).contains("note-7");
    }

    @Test
    void exportWritesAPdfOfTheHubOrOfOneEntry() throws Exception {
        String home = temp.resolve("home").toString();
        Path hub = temp.resolve("hub.pdf");
        assertThat(run("--home", home, "export", "--format", "pdf", "--out", hub.toString())).isZero();
        assertThat(out.toString()).startsWith("Exported ").contains("entries to " + hub);
        assertThat(err.toString()).isEmpty(); // openhtmltopdf's own notes go to the log, not to the terminal
        assertThat(org.projectnexus.logic.exchange.PdfExportTest.text(hub)).contains("Key Technologies", "Redis");

        Path one = temp.resolve("redis.pdf");
        assertThat(run("--home", home, "export", "--format", "pdf", "--out", one.toString(), "--entry", "redis"))
                .isZero();
        assertThat(out.toString()).contains("Exported “Redis” to " + one);
        assertThat(org.projectnexus.logic.exchange.PdfExportTest.text(one)).contains("Redis")
                .doesNotContain("Key Technologies");

        assertThat(run("--home", home, "export", "--format", "pdf", "--out", one.toString(), "--entry", "Redis"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        assertThat(run("--home", home, "export", "--format", "pdf", "--out", temp.resolve("x.pdf").toString(),
                "--entry", "No such entry")).isEqualTo(1);
        assertThat(err.toString()).contains("No entry is titled “No such entry”");
        assertThat(run("--home", home, "export", "--format", "json", "--out", temp.resolve("x.json").toString(),
                "--entry", "Redis")).isEqualTo(2);
        assertThat(err.toString()).contains("--format pdf");
    }

    @Test
    void badUsageAndRefusalsSayWhy() throws Exception {
        String home = temp.resolve("home").toString();
        assertThat(run("--home", home, "export", "--format", "docx", "--out", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("no format");
        assertThat(run("--home", home, "import", temp.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist. Nothing was imported.");
        Path full = Files.createDirectories(temp.resolve("full"));
        Files.writeString(full.resolve("keep.md"), "mine");
        assertThat(run("--home", home, "export", "--format", "vault", "--out", full.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not empty");
    }
}
