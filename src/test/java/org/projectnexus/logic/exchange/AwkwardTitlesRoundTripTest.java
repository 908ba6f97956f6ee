package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Progress;
import org.projectnexus.model.TitleRules;
import org.projectnexus.model.WikiLink;

/**
 * Every title the app accepts survives a vault export and import with its links (issue 28, point 7): titles that end
 * in {@code .md}, name devices on Windows, hold file-name punctuation, collide once made safe, or are long. Each
 * title is checked by {@link TitleRules} first, so the list only holds titles a user can have. Every link that
 * finds an entry before finds the same entry after; and in the exported vault, every such link finds that entry's
 * file by Obsidian's rules.
 */
class AwkwardTitlesRoundTripTest {

    static final List<String> TITLES = List.of(
            "aux.md", "con .md", "notes.md", "notes", "README.MD", "readme", "x.markdown", "a.md.md", ".md", "md",
            "CON", "nul.txt", "Com1", "lpt9 .md", "prn.", "a.b.c", "..", "...md", ".hidden", "../x", "C:", "trailing dot.",
            "Caf\u00e9", "emoji \uD83D\uDE00", "\u65e5\u672c\u8a9e\u306e\u30ce\u30fc\u30c8", "CI/CD", "a/b.md", "what?",
            "star*", "quote\"", "<angle>", "100% done", "%20", "plus+sign", "semi;colon", "a:b", "x^y", "~tilde",
            "(paren)", "AT&T", "List<String>", "a < b", "</close>", "<!-- c -->", "a_b", "a?b", "a*b", "Redis", "redis.md", "- dash", "$price", "=equals", "{brace}",
            "I'm here", "space  double", "end.MD", "\u03a9", "x".repeat(200), "\u00fc".repeat(100), "a".repeat(199) + ".");

    @TempDir
    Path temp;

    private final List<KnowledgeBase> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(KnowledgeBase::close);
    }

    @BeforeEach
    void everyTitleIsOneTheAppAccepts() {
        TITLES.forEach(title -> assertThat(TitleRules.check(title)).as(title).isEqualTo(title));
    }

    @Test
    void everyAwkwardTitleSurvivesAVaultRoundTripWithItsWikiLinks() throws IOException {
        roundTrip(LinkStyle.WIKI);
    }

    @Test
    void everyAwkwardTitleSurvivesAVaultRoundTripWithMarkdownLinks() throws IOException {
        roundTrip(LinkStyle.MARKDOWN);
    }

    private void roundTrip(LinkStyle style) throws IOException {
        KnowledgeBase source = filled();
        Path vault = temp.resolve("vault-" + style);
        source.exchange().export(ExportFormat.VAULT, vault, style, Progress.none());
        KnowledgeBase restored = open("restored-" + style);
        ImportReport report = restored.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());

        assertThat(report.lines()).isEmpty();
        Map<UUID, List<String>> before = landings(source);
        Map<UUID, List<String>> after = landings(restored);
        for (IndexedEntry original : source.entries().indexedEntries(Optional.empty())) {
            UUID id = original.entry().id();
            assertThat(restored.entries().find(id)).as(original.entry().title()).get()
                    .extracting(Entry::title).isEqualTo(original.entry().title());
            assertThat(after.get(id)).as("links of “%s”", original.entry().title()).isEqualTo(before.get(id));
        }
        assertThat(before.values().stream().mapToLong(List::size).sum()).as("links that resolve")
                .isEqualTo(2L * TITLES.size());
        if (style == LinkStyle.WIKI) {
            everyLinkFindsItsFileInObsidian(source, vault);
        }
    }

    private void everyLinkFindsItsFileInObsidian(KnowledgeBase source, Path vault) throws IOException {
        ObsidianResolver obsidian = new ObsidianResolver(vault);
        Map<String, UUID> idsByTitle = new HashMap<>();
        source.entries().summaries().forEach(summary -> idsByTitle.put(summary.title(), summary.id()));
        assertThat(obsidian.links()).hasSize(2 * TITLES.size());
        for (String link : obsidian.links()) {
            Path file = obsidian.resolve(link).orElseThrow(() -> new AssertionError("dangles in Obsidian: " + link));
            String id = Files.readAllLines(file).stream().filter(line -> line.startsWith("id: ")).findFirst()
                    .orElseThrow().substring(4);
            assertThat(idsByTitle).as(link).containsValue(UUID.fromString(id));
        }
    }

    /**
     * For each entry, the entries its links find, in order (links that find none left out), by id and title (the
     * round trip keeps both; the title makes a failure readable).
     */
    private static Map<UUID, List<String>> landings(KnowledgeBase knowledgeBase) {
        Map<UUID, List<String>> landings = new HashMap<>();
        for (IndexedEntry indexed : knowledgeBase.entries().indexedEntries(Optional.empty())) {
            landings.put(indexed.entry().id(), indexed.links().stream().map(WikiLink::target)
                    .map(target -> knowledgeBase.entries().findByTitle(target)).flatMap(Optional::stream)
                    .map(entry -> entry.title() + " (" + entry.id() + ")").toList());
        }
        return landings;
    }

    /** An entry per title, each linking to the next, and an index linking to every one, a paragraph each. */
    private KnowledgeBase filled() {
        KnowledgeBase knowledgeBase = open("source");
        for (int i = 0; i < TITLES.size(); i++) {
            String next = TITLES.get((i + 1) % TITLES.size());
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, TITLES.get(i))
                    .withText(TITLES.get(i), "Next: [[" + next + "]]\n"));
        }
        StringBuilder index = new StringBuilder();
        TITLES.forEach(title -> index.append("[[").append(title).append("]]\n\n"));
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Index").withText("Index",
                index.toString()));
        return knowledgeBase;
    }

    private KnowledgeBase open(String name) {
        KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve(name), Clock.systemUTC());
        opened.add(knowledgeBase);
        return knowledgeBase;
    }
}
