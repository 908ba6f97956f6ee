package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/** The import's front-matter reader gives exactly what the YAML library gives, and skips it for Nexus's own. */
class NexusFrontMatterMapperTest {

    private final ObjectMapper library = FrontMatter.yamlMapper();
    private final ObjectMapper fast = new NexusFrontMatterMapper();

    @TempDir
    Path temp;

    @Test
    void everyFileOfAnExportedVaultReadsAsTheYamlLibraryReadsIt() throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            String[] titles = {"Redis", "Entry 2708", "Ünïcödé — 日本語", "Redis: the cache", "yes", "No", "null", "2024",
                "1e3", "0x1F", "~", "it's", "\"quoted\"", "a #hash", "a: b", "- dash", "? question", "tab\there",
                "trailing ", "@at", "`tick`", "50%", "[brackets]", "{braces}", "a, b", "&anchor", "*star", "!tag",
                "|pipe", ">fold", "C++ (lang) = fun?", "π ≈ 3.14", "emoji 🙂", "x  y", "On", "Y"};
            for (String raw : titles) { // raw in the body's own front matter (written by the exporter's YAML)
                String title = knowledgeBase.entries().unusedTitle(raw.replaceAll("[\\[\\]|#\\t]", "").strip());
                Entry draft = knowledgeBase.entries().draft(EntryKind.NOTE, title);
                java.util.Map<String, Object> own = new java.util.LinkedHashMap<>();
                own.put("aliases", List.of(raw.strip(), "other"));
                own.put("tags", List.of("one", "two/three"));
                own.put("source", raw);
                own.put("empty", List.of());
                knowledgeBase.entries().add(draft.withText(title, "---\n" + VaultEntryFile.yaml(own) + "---\nText #inline\n"));
            }
            Entry challenge = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Slow API"));
            knowledgeBase.entries().save(((Challenge) challenge.withText("Slow API", "Body.\n"))
                    .withDetails("Problem.", "Solution.", ChallengeStatus.SOLVED));
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "Measure first"));
            knowledgeBase.exchange().export(ExportFormat.VAULT, temp.resolve("vault"), LinkStyle.WIKI, Progress.none());
        }
        List<String> simple = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(temp.resolve("vault"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertSame(text);
                files++;
                if (NexusFrontMatterMapper.simple(blockOf(text)) != null) {
                    simple.add(file.getFileName().toString());
                }
            }
        }
        assertThat(files).isEqualTo(38); // 36 notes, a challenge, a takeaway
        assertThat(simple).as("files read without the YAML library")
                .contains("Redis.md", "Entry 2708.md", "Slow API.md", "Measure first.md");
    }

    @Test
    void nexusOwnFrontMatterIsReadWithoutTheYamlLibrary() {
        String own = "id: 956fe961-ea3d-4a3f-8843-5f2ecf07b95d\nkind: takeaway\ntitle: Entry 2708\ntags:\n- backend\n"
                + "- backend/caching/redis\naliases: []\ncreated: 2026-11-26T14:32:55.906Z\n"
                + "updated: 2026-11-26T14:32:55Z\ncategory: insight";
        assertThat(NexusFrontMatterMapper.simple(own)).isNotNull();
        assertSame("---\n" + own + "\n---\nBody\n");
    }

    @Test
    void trickyFrontMatterGoesToTheYamlLibraryAndReadsTheSame() {
        String[] blocks = {
            "title: a # comment", "# only a comment", "title: 'single'", "title: \"double\"", "title: a: b",
            "title: Ünïcödé", "title: 日本語", "title: line\n  continued", "title: |\n  block\n  text",
            "title: >\n  folded", "tags: []", "tags:", "tags:\n", "tags:\n  - indented", "tags:\n- a\n-  b",
            "tags: [a, b]", "tags:\n- yes\n- 12", "title: yes", "title: Off", "title: ~", "title: null", "title: 12",
            "title: 1.5", "title: 0x1F", "title: 1_000", "title: .inf", "title: 2026-11-26", "title: 12:30",
            "title: 2026-11-26T14:32:55.906Z", "id: 123e4567-e89b-12d3-a456-426614174000", "on: x", "y: z",
            "title: a\ntitle: b", "title: a\n\nkind: note", "title:  two spaces", "title: trailing ", "title:x",
            "\ttitle: tab", " title: indented", "title: a\r\nkind: b", "- a\n- b", "plain text", "title: [a",
            "title: {a: b}", "title: &x a\nother: *x", "title: !!str 12", "title: emoji 🙂", "ti tle: a",
            "title: a\u00a0b", "title: a\u2028b", "title: ?x", "title: x?", "title: a - b", "title: -a", "2: x",
            "title: <<", "<<: {a: b}", "title: C++ (lang) = fun?", "title: %x", "title: @x", "title: `x`",
            "title: \u00e9t\u00e9", "title: e\u0301", "title: \ufeffbom", "tags:\n- a\nkind: note\n- b",
        };
        for (String block : blocks) {
            assertSame("---\n" + block + "\n---\nBody text\n");
        }
        assertThat(NexusFrontMatterMapper.simple("title: a # comment")).isNull();
        assertThat(NexusFrontMatterMapper.simple("title: 'single'")).isNull();
        assertThat(NexusFrontMatterMapper.simple("title: line\n  continued")).isNull();
        assertThat(NexusFrontMatterMapper.simple("tags:")).isNull();
        assertThat(NexusFrontMatterMapper.simple("title: yes")).isNull();
    }

    @Test
    void randomFrontMatterMadeOfAwkwardPiecesReadsAsTheYamlLibraryReadsIt() {
        String[] pieces = {"title", "tags", "id", "on", "a", ":", ": ", " ", "  ", "\n", "\n- ", "- ", "#", "'", "\"",
            "[", "]", "{", "}", ",", "yes", "null", "12", "1.5", "Ü", "日本", "🙂", "x", "Entry 1", "-", "?", "|",
            ">", "&", "*", "!", "%", "@", "`", "\t", "~", "2026-11-26T14:32:55.906Z", "\\", "(", "=", "/", "."};
        Random random = new Random(20261126);
        for (int i = 0; i < 4_000; i++) {
            StringBuilder block = new StringBuilder(random.nextBoolean() ? "title: " : "tags:\n- ");
            for (int n = random.nextInt(12); n >= 0; n--) {
                block.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSame("---\n" + block + "\n---\nBody\n");
        }
    }

    private void assertSame(String text) {
        FrontMatter expected = FrontMatter.split(text, library);
        FrontMatter actual = FrontMatter.split(text, fast);
        assertThat(actual).as(text).isEqualTo(expected);
        assertThat(new ArrayList<>(actual.fields().entrySet())).as(text)
                .isEqualTo(new ArrayList<>(expected.fields().entrySet()));
        expected.fields().forEach((key, value) -> {
            if (value != null) { // the same types, not only equal texts
                assertThat(actual.fields().get(key)).as(text + " / " + key)
                        .isInstanceOf(value instanceof List ? List.class : value.getClass());
            }
        });
    }

    private static String blockOf(String text) {
        int end = text.indexOf("\n---\n", 4);
        return text.startsWith("---\n") && end > 0 ? text.substring(4, end) : "";
    }

    @Test
    void idsAndTimesAreRecognisedAsThePatternsTheyStandForWould() {
        java.util.regex.Pattern uuid =
                java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        java.util.regex.Pattern instant =
                java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
        Random random = new Random(9);
        String alphabet = "0123456789abcdefABZT-:.x";
        List<String> values = new ArrayList<>(List.of(java.util.UUID.randomUUID().toString(),
                "2026-11-26T14:32:55Z", "2026-11-26T14:32:55.906Z", "2026-11-26T14:32:55.123456789Z",
                "2026-11-26T14:32:55.1234567890Z", "2026-11-26T14:32:55.Z", "2026-11-26T14:32:55"));
        for (int i = 0; i < 100_000; i++) {
            char[] value = (i % 2 == 0 ? java.util.UUID.randomUUID().toString()
                    : java.time.Instant.ofEpochMilli(random.nextLong(0, 4_000_000_000_000L)).toString()).toCharArray();
            value[random.nextInt(value.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            values.add(random.nextInt(10) == 0 ? new String(value, 0, random.nextInt(value.length)) : new String(value));
        }
        for (String value : values) {
            assertThat(NexusFrontMatterMapper.isUuid(value)).as(value).isEqualTo(uuid.matcher(value).matches());
            assertThat(NexusFrontMatterMapper.isInstant(value)).as(value).isEqualTo(instant.matcher(value).matches());
        }
    }
}
