package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Tag;

/** A folder of hostile files: each bad one gets a report line, every good one is imported, prior data is intact. */
class HostileImportTest {

    @TempDir
    Path temp;

    private KnowledgeBase knowledgeBase;
    private Path vault;

    @BeforeEach
    void setUp() throws IOException {
        knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC());
        Entry prior = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Prior"));
        knowledgeBase.entries().save(prior.withText("Prior", "Written before the import.\n"));
        vault = Files.createDirectories(temp.resolve("vault"));
        write("good.md", "A good note linking [[Deep]] and [[other]]. #fine\n");
        write("sub/Other.md", "---\naliases: [second]\n---\nIn a folder.\n");
        Files.write(vault.resolve("latin1.md"), "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(vault.resolve("image.md"), binary);
        write("huge.md", "# Huge\n\n" + "All work and no play. ".repeat(250_000));
        write("broken-yaml.md", "---\ntitle: [unclosed\ntags: {\n---\nBody after broken YAML.\n");
        Files.write(vault.resolve("bom.md"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Starts with a BOM.\n".getBytes(StandardCharsets.UTF_8)));
        write("crlf.md", "Line one\r\nLine two\r\n");
        write("nul.md", "Text with\0 a NUL\0 in it.\n");
        write("dup-a.md", "---\ntitle: Same title\n---\nFirst.\n");
        write("dup-b.md", "---\ntitle: Same title\n---\nSecond.\n");
        write("dots.md", "---\ntitle: \"../../etc/passwd\"\n---\nA hostile title.\n");
        write("bad[title]|#.md", "Characters links cannot hold.\n");
        write("long-alias.md", "---\naliases: [" + "x".repeat(300) + "]\n---\nAn alias longer than the database takes.\n");
        Path deep = vault;
        for (int i = 0; i < 70; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(vault.resolve("d0/d1/d2/Deep.md"), "Three folders down.\n");
        Files.writeString(deep.resolve("too-deep.md"), "Seventy folders down.\n");
        Files.createSymbolicLink(vault.resolve("sub/loop"), vault);
        Files.createSymbolicLink(vault.resolve("dangling.md"), vault.resolve("nowhere.md"));
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve(".obsidian/app.md"), "settings, not a note");
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    @Test
    void goodFilesAreImportedEachBadOneIsReportedAndPriorDataIsIntact() {
        ImportReport report = knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());

        assertThat(reasonFor(report, "image.md")).contains("not text");
        assertThat(actionFor(report, "image.md")).isEqualTo("skipped");
        assertThat(reasonFor(report, "latin1.md")).contains("not valid UTF-8");
        assertThat(reasonFor(report, "huge.md")).contains("large note");
        assertThat(reasonFor(report, "broken-yaml.md")).contains("not valid YAML");
        assertThat(reasonFor(report, "bom.md")).contains("byte-order mark");
        assertThat(reasonFor(report, "crlf.md")).contains("CRLF");
        assertThat(reasonFor(report, "nul.md")).contains("NUL");
        assertThat(reasonFor(report, "dup-b.md")).contains("another file of this import has the title");
        assertThat(actionFor(report, "dup-b.md")).isEqualTo("imported as “Same title 2”");
        assertThat(reasonFor(report, "bad[title]|#.md")).contains("cannot be used");
        assertThat(reasonFor(report, "sub/loop/")).contains("loops back");
        assertThat(reasonFor(report, "long-alias.md")).contains("could not be stored");
        assertThat(actionFor(report, "long-alias.md")).isEqualTo("not imported");
        assertThat(reasonFor(report, "dangling.md")).contains("does not exist");
        assertThat(report.lines()).anySatisfy(line -> {
            assertThat(line.source()).endsWith("/");
            assertThat(line.reason()).contains("deeper than");
        });

        assertThat(titles()).contains("Prior", "good", "Other", "latin1", "huge", "broken-yaml", "bom", "crlf", "nul",
                "Same title", "Same title 2", "../../etc/passwd", "bad title", "Deep");
        assertThat(titles()).doesNotContain("image", "dangling", "app", "too-deep");
        assertThat(report.added()).isEqualTo(13);
        assertThat(body("latin1")).isEqualTo("Café crème");
        assertThat(body("bom")).isEqualTo("Starts with a BOM.\n");
        assertThat(body("crlf")).isEqualTo("Line one\nLine two\n");
        assertThat(body("nul")).isEqualTo("Text with a NUL in it.\n");
        assertThat(body("huge")).hasSizeGreaterThan(5_000_000);
        assertThat(body("Prior")).isEqualTo("Written before the import.\n");
        assertThat(body("good")).isEqualTo("A good note linking [[Deep]] and [[other]]. #fine\n");
        Entry deep = knowledgeBase.entries().findByTitle("Deep").orElseThrow();
        assertThat(knowledgeBase.entries().indexed(deep).tags()).containsExactly(new Tag("d0/d1/d2"));
        assertThat(knowledgeBase.entries().findByTitle("second")).get().extracting(Entry::title).isEqualTo("Other");
    }

    @Test
    void exportingHostileTitlesWritesOnlyInsideTheFolder() throws IOException {
        knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());
        Path out = temp.resolve("exports").resolve("vault");
        knowledgeBase.exchange().export(ExportFormat.VAULT, out, LinkStyle.WIKI, Progress.none());
        try (var outside = Files.list(temp.resolve("exports"))) {
            assertThat(outside).containsExactly(out);
        }
        assertThat(Files.exists(temp.resolve("etc"))).isFalse();
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(knowledgeBase.entries().summaries().size());
        }
    }

    private List<String> titles() {
        return knowledgeBase.entries().summaries().stream().map(EntrySummary::title).toList();
    }

    private String body(String title) {
        return knowledgeBase.entries().findByTitle(title).map(Entry::body).orElseThrow();
    }

    private static String reasonFor(ImportReport report, String source) {
        return line(report, source).map(ImportReport.Line::reason).orElse("(no report line for " + source + ")");
    }

    private static String actionFor(ImportReport report, String source) {
        return line(report, source).map(ImportReport.Line::action).orElse("(no report line for " + source + ")");
    }

    private static Optional<ImportReport.Line> line(ImportReport report, String source) {
        return report.lines().stream().filter(line -> line.source().equals(source)).findFirst();
    }

    private void write(String relative, String text) throws IOException {
        Path file = vault.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /**
     * A file the user may not read. The suite runs as root, which reads any file, so the file system's refusal is
     * given by a {@link FileContents} that answers for that one file as the operating system would.
     */
    @Test
    void anUnreadableFileIsReportedAndTheOthersAreRead() throws IOException {
        Path vault = Files.createDirectories(temp.resolve("locked"));
        Files.writeString(vault.resolve("Open.md"), "Readable. Links to [[Secret]].\n");
        Path secret = Files.writeString(vault.resolve("Secret.md"), "Nobody may read this.\n");
        FileContents refusing = new FileContents() {
            @Override
            public long size(Path file) throws IOException {
                return FileContents.DISK.size(file);
            }

            @Override
            public byte[] bytes(Path file) throws IOException {
                if (file.equals(secret)) {
                    throw new java.nio.file.AccessDeniedException(file.toString());
                }
                return FileContents.DISK.bytes(file);
            }
        };
        ImportReport report = new ImportReport();
        List<ImportCandidate> read = new ImportSources(new org.projectnexus.logic.markdown.MarkdownParser(), refusing, null)
                .read(vault, report, Progress.none());
        assertThat(read).extracting(candidate -> candidate.entry().title()).containsExactly("Open");
        assertThat(report.lines()).containsExactly(
                new ImportReport.Line("Secret.md", "could not be read (permission denied)", "skipped"));
    }

    /**
     * A JSON backup may spell half of a character ({@code "\ud800"}): such an entry is imported with U+FFFD in its
     * place and a report line, and the vault export that could not write it before now writes every file.
     */
    @Test
    void aLoneSurrogateInABackupIsReplacedAndReportedAndTheVaultExportWorks() throws IOException {
        Path backup = temp.resolve("lone.json");
        Files.writeString(backup, "{\"format\": \"" + JsonBackup.FORMAT + "\", \"schemaVersion\": 1, \"entries\": ["
                + "{\"id\": \"00000000-0000-0000-0000-000000000001\", \"kind\": \"NOTE\", \"title\": \"Broken\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\","
                + " \"body\": \"half \\ud800 of a pair, a whole one \\ud83d\\ude00, half again \\udc00\"},"
                + "{\"id\": \"00000000-0000-0000-0000-000000000002\", \"kind\": \"NOTE\", \"title\": \"Whole\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\","
                + " \"body\": \"\\ud83d\\ude00 only whole characters\"}]}");

        ImportReport report = knowledgeBase.exchange().importFrom(backup, ConflictPolicy.RENAME, Progress.none());

        assertThat(report.lines()).containsExactly(new ImportReport.Line("lone.json › entry 1 “Broken”",
                "its text holds half of a character (a lone UTF-16 surrogate)", "imported with \uFFFD in its place"));
        assertThat(knowledgeBase.entries().findByTitle("Broken").orElseThrow().body())
                .isEqualTo("half \uFFFD of a pair, a whole one \uD83D\uDE00, half again \uFFFD");
        assertThat(knowledgeBase.entries().findByTitle("Whole").orElseThrow().body())
                .isEqualTo("\uD83D\uDE00 only whole characters");
        Path exported = temp.resolve("exported");
        knowledgeBase.exchange().export(ExportFormat.VAULT, exported, LinkStyle.WIKI, Progress.none());
        assertThat(Files.readString(exported.resolve("notes/Broken.md")))
                .contains("half \uFFFD of a pair, a whole one \uD83D\uDE00, half again \uFFFD");
    }
}
