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

/** Issue 28, point 6: names from hostile files reach the terminal escaped and shortened, never raw. */
class TerminalSafeOutputTest {

    private static final String ESC = "\u001b";

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

    private String printed() {
        return out + "" + err;
    }

    @Test
    void anImportReportPrintsAFileNameWithTerminalCommandsEscaped() throws Exception {
        Path vault = Files.createDirectories(sources.resolve("vault"));
        Files.writeString(vault.resolve("evil" + ESC + "]0;owned\u0007" + ESC + "[2J.md"), "text");
        Files.writeString(vault.resolve("bell\u0007\u0007.md"), "text");

        assertThat(run("", "import", vault.toString())).isZero();

        assertThat(printed()).doesNotContain(ESC).doesNotContain("\u0007")
                .contains("evil\\e]0;owned\\x07\\e[2J.md").contains("bell\\x07\\x07.md");
    }

    @Test
    void aTenMegabyteTitleInABackupIsNotPrintedWhole() throws Exception {
        String title = ESC + "[2J" + "T".repeat(10 * 1024 * 1024);
        Path backup = Files.writeString(sources.resolve("backup.json"), "{\"format\": \"nexus-backup\", \"entries\": ["
                + "{\"id\": \"7d0f4d36-8a43-4d3e-9f7a-0d5c1f1b2a10\", \"kind\": \"note\", \"title\": \"\\u001b[2J"
                + "T".repeat(10 * 1024 * 1024) + "\", \"body\": \"x\", \"created\": \"2026-01-01T00:00:00Z\","
                + " \"updated\": \"2026-01-01T00:00:00Z\"}]}");
        assertThat(title).hasSizeGreaterThan(10_000_000);

        run("", "import", backup.toString());

        assertThat(printed()).hasSizeLessThan(5_000).doesNotContain(ESC).contains("\\e[2JTTT").contains("T…T");
    }

    @Test
    void errorsQuoteATitleFromTheCommandLineEscaped() {
        assertThat(run("", "show", ESC + "]2;title" + ESC + "\\")).isEqualTo(1);
        assertThat(err.toString()).doesNotContain(ESC).contains("No entry is titled “\\e]2;title\\e\\”.");
        assertThat(run("", "render", "x".repeat(100_000))).isEqualTo(1);
        assertThat(err.toString()).hasSizeLessThan(400);
    }

    @Test
    void theHumanViewOfAnEntryEscapesItsTextButJsonKeepsItExactly() {
        assertThat(run("before" + ESC + "[2Jafter\nsecond line\n", "add", "--kind", "note", "--title", "Sneaky"))
                .isZero();
        assertThat(run("", "show", "Sneaky")).isZero();
        assertThat(out.toString()).doesNotContain(ESC).contains("before\\e[2Jafter\nsecond line");
        assertThat(run("", "show", "Sneaky", "--json")).isZero();
        assertThat(out.toString()).contains("before\\u001B[2Jafter");
        assertThat(run("", "search", "before")).isZero();
        assertThat(out.toString()).doesNotContain(ESC);
    }
}
