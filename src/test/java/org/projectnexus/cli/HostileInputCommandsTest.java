package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.store.ZipBombs;

/** Issue 28 as a user meets it: hostile files and input given to the real commands. */
class HostileInputCommandsTest {

    @TempDir
    Path home;

    @TempDir
    Path files;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(InputStream stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = Stream.concat(Stream.of("--home", home.toString()), Stream.of(args)).toArray(String[]::new);
        return NexusCli.create((path, startupReport) -> { }, stdin, new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(all);
    }

    private int run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private static String note(int n, String title) {
        return "{\"id\": \"00000000-0000-0000-0000-" + String.format("%012d", n) + "\", \"kind\": \"note\","
                + " \"title\": \"" + title + "\", \"created\": \"2026-01-01T00:00:00Z\","
                + " \"updated\": \"2026-01-02T00:00:00Z\", \"body\": \"Body of " + title + "\"}";
    }

    private Path backup(String name, List<String> items) throws Exception {
        return Files.writeString(files.resolve(name), "{\"format\": \"nexus-backup\", \"schemaVersion\": 1,"
                + " \"entries\": [\n" + String.join(",\n", items) + "\n]}\n");
    }

    private List<String> listed() {
        assertThat(run("", "list")).isZero();
        return out.toString().lines().toList();
    }

    /** Point 1: a null at index 3 of 28 entries once gave "Imported 3 entries.", and 25 were gone without a word. */
    @Test
    void importingABackupWithItemsThatAreNoEntriesReportsEachAndImportsTheRest() throws Exception {
        List<String> items = new ArrayList<>(IntStream.rangeClosed(1, 28).mapToObj(n -> note(n, "Note " + n)).toList());
        items.set(3, "null");
        Path nullInside = backup("null-inside.json", items);

        assertThat(run("", "import", nullInside.toString())).isZero();
        assertThat(out.toString()).contains("null-inside.json › entry 4: it is empty (null), not an entry (not imported)",
                "Imported 27 entries; 1 thing needs attention.");
        assertThat(listed()).hasSize(27);

        items.set(0, "7");
        items.set(3, note(4, "Note 4"));
        Path numberFirst = backup("number-first.json", items);
        assertThat(run("", "import", numberFirst.toString(), "--on-conflict", "skip")).isZero();
        assertThat(out.toString()).contains("number-first.json › entry 1: it is a number, not an entry (not imported)",
                "Imported 1 entry, 26 skipped");
        assertThat(listed()).hasSize(28);
    }

    /** Point 3: times, statuses, ids and field types that were changed or refused silently are each reported. */
    @Test
    void importingABackupSaysWhatItChangedEntryByEntry() throws Exception {
        String challenge = "{\"id\": \"00000000-0000-0000-0000-000000000009\", \"kind\": \"challenge\","
                + " \"title\": \"Slow API\", \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\","
                + " \"problem\": \"slow\", \"solution\": \"cache\", \"status\": \"done\"}";
        Path file = backup("changes.json", List.of(
                note(1, "Far future").replace("2026-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z"),
                challenge,
                note(3, "Twin"), note(3, "Twin copy"),
                note(5, "Typed").replace("\"body\": \"Body of Typed\"", "\"body\": [\"a\", \"b\"]"),
                note(6, "Fine")));

        assertThat(run("", "import", file.toString())).isZero();

        assertThat(out.toString()).contains(
                "entry 1 “Far future”: its created time “+999999999-12-31T23:59:59Z” is outside the years 1 to 9999"
                        + " (imported with the time of the import as its created time)",
                "entry 2 “Slow API”: its status “done” is none of open, solved, verified or regressed (imported as open; set its status by hand)",
                "changes.json › “Twin copy”: an earlier entry of this import has the same id"
                        + " 00000000-0000-0000-0000-000000000003 (imported with a new id)",
                "entry 5 “Typed”: its “body” is a list where a text was expected (not imported)",
                "Imported 5 entries; 4 things need attention.");
        assertThat(out.toString()).doesNotContain("java.", "`");
        assertThat(run("", "show", "Far future", "--json")).isZero();
        assertThat(out.toString()).contains("\"created\"");
        assertThat(out.toString()).doesNotContain("-169108099").doesNotContain("+999999999");
        assertThat(run("", "show", "Fine")).isZero();
    }

    /** Point 4: a vault's links to /etc/passwd or to another folder were imported as notes, searchable afterwards. */
    @Test
    void importingAVaultDoesNotFollowLinksOutOfItAndSaysSo() throws Exception {
        Path outside = Files.createDirectories(files.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "zanzibar-password\n");
        Path vault = Files.createDirectories(files.resolve("vault"));
        Files.writeString(vault.resolve("Mine.md"), "My note.\n");
        Files.createSymbolicLink(vault.resolve("passwd.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(vault.resolve("elsewhere"), outside);
        Files.createSymbolicLink(vault.resolve("Again.md"), vault.resolve("Mine.md"));

        assertThat(run("", "import", vault.toString())).isZero();

        assertThat(out.toString()).contains("passwd.md: a link to a file outside the imported folder (not followed)",
                "elsewhere/: a folder link that points outside the imported folder (not followed)",
                "Imported 2 entries; 2 things need attention.");
        assertThat(run("", "search", "zanzibar")).as("no entry holds the text of the file outside").isEqualTo(1);
        assertThat(out.toString()).doesNotContain("passwd", "secret");
        assertThat(listed()).hasSize(2);
    }

    /** Point 5: a 4 MB zip once expanded to a 4.3 GB file inside the data folder before it was refused. */
    @Test
    void restoringAZipBombIsRefusedAndLeavesTheDataFolderAsItWas() throws Exception {
        assertThat(run("kept", "add", "--kind", "note", "--title", "Kept")).isZero();
        List<String> before = listing(home);
        Path bomb = ZipBombs.zeros(files.resolve("bomb.zip"), 80L << 20);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        assertThat(run("", "restore", "--yes", bomb.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("was not restored: its database would unpack from",
                "where real backups unpack to a few times theirs: it looks like a zip bomb. Nothing was changed.");
        assertThat(listing(home)).isEqualTo(before);

        Path liar = ZipBombs.declareSize(ZipBombs.zeros(files.resolve("liar.zip"), 80L << 20), 1 << 20);
        assertThat(run("", "restore", "--yes", liar.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("its database unpacks to more than the 1.0 MB the zip says it holds");
        assertThat(listing(home)).isEqualTo(before);
        assertThat(run("", "show", "Kept")).isZero();
    }

    private static List<String> listing(Path folder) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(file -> !file.startsWith(folder.resolve("search")))
                    .map(file -> folder.relativize(file) + (Files.isDirectory(file) ? "/" : "")).sorted().toList();
        }
    }

    /** Point 8: "Café" typed two ways made two titles; backslashes and right-to-left overrides went into titles. */
    @Test
    void addingTitlesNormalisesThemAndRefusesWhatLinksAndFileNamesCannotCarry() throws Exception {
        assertThat(run("", "add", "--kind", "note", "--title", "Cafe\u0301")).isZero();
        assertThat(run("", "add", "--kind", "note", "--title", "CAF\u00c9")).isEqualTo(1);
        assertThat(err.toString()).contains("nexus: ");
        assertThat(run("", "show", "caf\u00e9")).isZero();

        assertThat(run("", "add", "--kind", "note", "--title", "C:\\Temp")).isEqualTo(1);
        assertThat(err.toString()).contains("A title cannot contain a backslash");
        assertThat(run("", "add", "--kind", "note", "--title", "invoice\u202Efdp.exe")).isEqualTo(1);
        assertThat(err.toString()).contains("invisible characters", "U+202E");

        Path vault = Files.createDirectories(files.resolve("mac-vault"));
        Files.writeString(vault.resolve("Cafe\u0301.md"), "Written on a Mac.\n");
        assertThat(run("", "import", vault.toString(), "--on-conflict", "skip")).isZero();
        assertThat(out.toString()).contains("an entry titled", "Imported 0 entries, 1 skipped");
    }

    /** Point 7: "aux.md" exported as _aux.md.md with [[_aux.md|aux.md]], and the re-imported link dangled. */
    @Test
    void titlesEndingInMdSurviveAVaultExportAndImportWithTheirLinks() throws Exception {
        assertThat(run("Back to [[Linker]]", "add", "--kind", "note", "--title", "aux.md")).isZero();
        assertThat(run("Back to [[Linker]]", "add", "--kind", "note", "--title", "con .md")).isZero();
        assertThat(run("See [[aux.md]] and [[con .md]].", "add", "--kind", "note", "--title", "Linker")).isZero();
        assertThat(run("", "check")).isZero();
        String checked = out.toString();
        Path vault = files.resolve("vault");
        assertThat(run("", "export", "--format", "vault", "--out", vault.toString())).isZero();
        assertThat(Files.readString(vault.resolve("notes/Linker.md")))
                .contains("[[_aux.md.md|aux.md]]", "[[_con .md.md|con .md]]");

        Path other = files.resolve("other-home");
        out.getBuffer().setLength(0);
        int imported = NexusCli.create((path, startupReport) -> { }, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("--home", other.toString(), "import", vault.toString());
        assertThat(imported).isZero();
        assertThat(out.toString()).doesNotContain("attention");
        int check = NexusCli.create((path, startupReport) -> { }, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute("--home", other.toString(), "check");
        assertThat(check).isZero();
        assertThat(out.toString()).endsWith(checked);
    }

    /** Point 9: add took a 50 MB body while import capped notes at 20 MB; --tag 'bad tag!' silently became #bad. */
    @Test
    void oneLimitAndOneTagRuleHoldForAddAndImport() throws Exception {
        InputStream endless = new InputStream() { // 50 MB of text, never held whole by the test
            private long left = 50L << 20;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        assertThat(run(endless, "add", "--kind", "note", "--title", "Huge")).isEqualTo(1);
        assertThat(err.toString()).contains("nexus: The body on standard input is larger than 20.0 MB, the most an"
                + " entry can hold. Nothing was added");
        assertThat(run("", "show", "Huge")).isEqualTo(1);

        assertThat(run("body", "add", "--kind", "note", "--title", "Tagged", "--tag", "bad tag!")).isEqualTo(1);
        assertThat(err.toString()).contains("“bad tag!” cannot be a tag: a tag holds letters, digits, _ and -");
        assertThat(run("", "show", "Tagged")).isEqualTo(1);
        assertThat(run("body", "add", "--kind", "note", "--title", "Tagged", "--tag", "#caching/redis")).isZero();
        assertThat(run("", "show", "Tagged")).isZero();
        assertThat(out.toString()).contains("tags: #caching/redis");

        Path vault = Files.createDirectories(files.resolve("tag-vault"));
        Files.writeString(vault.resolve("Hostile.md"), "---\ntags: ['\"><script>', good]\n---\nBody.\n");
        Files.writeString(vault.resolve("Big.md"), "x".repeat((int) (21L << 20)));
        assertThat(run("", "import", vault.toString())).isZero();
        assertThat(out.toString()).contains("Big.md: too large for an entry (21.0 MB; the limit is 20.0 MB) (skipped)",
                "Hostile.md: its front-matter tag “\"><script>” holds characters a tag cannot have");
        assertThat(run("", "show", "Hostile")).isZero();
        assertThat(out.toString()).contains("tags: #good\n");
    }
}
