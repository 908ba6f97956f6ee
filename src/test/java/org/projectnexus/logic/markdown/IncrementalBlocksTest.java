package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The live preview re-parses only the pieces of a note an edit touched; what it shows must be exactly what
 * rendering the whole note gives. Checked on varied documents, on random line-by-line documents made of the
 * block starts that reach across blank lines (fences, lists, quotes, indented code, HTML, definitions), and
 * along random edit sequences that reuse one renderer, as typing does.
 */
class IncrementalBlocksTest {

    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new HtmlSanitizer());
    private static final Set<String> TITLES = Set.of("redis", "rest apis", "inside", "other name");

    /** Lines whose meaning depends on what comes before or after them. */
    private static final String[] LINES = {
            "", "", "", "", "text with [[Redis]] and #tag", "[[Missing]] link", "# Heading", "## Same heading",
            "```", "```java", "````", "~~~", "  ```", "   ~~~", "    ```", "\t```", "``` `not a fence`", "code();",
            "- item", "- [ ] task", "* star", "+ plus", "1. one", "2) two", "10. ten", "  - nested", "    indented",
            "  continued", "\tindented by tab", "> quote", "> ```", "> - quoted item", "---", "***", "===",
            "| a | b |", "|---|---|", "| 1 | 2 |", "<div>", "</div>", "<!-- comment", "-->", "<pre>", "</pre>",
            "[ref]: http://ref.example", "[ref] used", "[^1]: footnote", "text[^1]", "$$x$$", "$x$", "*em*", "+1",
            "2024 was a year", "    code line", "lazy line", "Setext", "\uFEFFbom", "text\r", "\r", "[[Inside|shown]]"};

    @Test
    void variedDocumentsRenderAsTheWholeText() {
        IncrementalBlocks shared = new IncrementalBlocks(PARSER, RENDERER);
        for (long seed = 0; seed < 1000; seed++) {
            String markdown = VariedMarkdown.document(seed);
            assertThat(new IncrementalBlocks(PARSER, RENDERER).render(markdown, TITLES::contains))
                    .as("document %d", seed).isEqualTo(whole(markdown));
            assertThat(shared.render(markdown, TITLES::contains)).as("document %d, shared", seed)
                    .isEqualTo(whole(markdown));
        }
    }

    @Test
    void randomLineSequencesRenderAsTheWholeText() {
        Random random = new Random(19);
        int cutIntoPieces = 0;
        for (int doc = 0; doc < 3000; doc++) {
            String markdown = randomLines(random, 5 + random.nextInt(40));
            cutIntoPieces += MarkdownPieces.split(markdown, 0).size() > 3 ? 1 : 0;
            assertThat(new IncrementalBlocks(PARSER, RENDERER).render(markdown, TITLES::contains))
                    .as("document %d:%n%s", doc, markdown).isEqualTo(whole(markdown));
        }
        assertThat(cutIntoPieces).as("documents cut into more than three pieces").isGreaterThan(1000);
    }

    @Test
    void everyStepOfRandomEditingRendersAsTheWholeText() {
        Random random = new Random(7);
        for (int session = 0; session < 40; session++) {
            IncrementalBlocks typing = new IncrementalBlocks(PARSER, RENDERER);
            StringBuilder text = new StringBuilder(randomLines(random, 30));
            for (int step = 0; step < 150; step++) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(5)) {
                    case 0 -> text.insert(at, "\n");
                    case 1 -> text.insert(at, LINES[random.nextInt(LINES.length)] + "\n");
                    case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
                    default -> text.insert(at, (char) ('a' + random.nextInt(26)));
                }
                String markdown = text.toString();
                assertThat(typing.render(markdown, TITLES::contains))
                        .as("session %d step %d:%n%s", session, step, markdown).isEqualTo(whole(markdown));
            }
        }
    }

    @Test
    void anEditReRendersOnlyThePieceItTouched() {
        IncrementalBlocks typing = new IncrementalBlocks(PARSER, RENDERER);
        String before = "# Title\n\nFirst [[Redis]].\n\n```java\nint a;\n\nint b;\n```\n\nLast paragraph";
        List<String> first = typing.render(before, TITLES::contains);
        List<String> second = typing.render(before + " typed", TITLES::contains);

        assertThat(first).hasSize(4);
        assertThat(second).hasSize(4);
        for (int block = 0; block < 3; block++) {
            assertThat(second.get(block)).as("block %d", block).isSameAs(first.get(block));
        }
        assertThat(second.get(3)).isNotSameAs(first.get(3)).contains("Last paragraph typed");
    }

    @Test
    void aRememberedPieceIsRenderedAgainWhenItsLinkNowResolvesDifferently() {
        IncrementalBlocks typing = new IncrementalBlocks(PARSER, RENDERER);
        String markdown = "See [[Later]].\n\nOther text";
        assertThat(typing.render(markdown, TITLES::contains).get(0)).contains("wikilink unresolved");

        Set<String> withLater = new HashSet<>(TITLES);
        withLater.add("later");
        assertThat(typing.render(markdown, withLater::contains).get(0)).doesNotContain("unresolved")
                .contains("class=\"wikilink\"");
    }

    @Test
    void piecesStartOnlyWhereNothingBeforeCanContinue() {
        assertThat(MarkdownPieces.split("a\n\nb\n\n# c\n", 0)).containsExactly("a\n\n", "b\n\n", "# c\n");
        assertThat(MarkdownPieces.split("- a\n\n- b\n\nc", 0)).containsExactly("- a\n\n- b\n\n", "c");
        assertThat(MarkdownPieces.split("```\nx\n\ny\n```\n\nz", 0)).containsExactly("```\nx\n\ny\n```\n\n", "z");
        assertThat(MarkdownPieces.split("a\n\nb\n  ```\nx\n\ny\n\nz", 0)).containsExactly("a\n\n", "b\n  ```\nx\n\ny\n\nz");
        String frontMatter = "---\ntitle: x\n\n---\nbody\n\nmore";
        assertThat(MarkdownPieces.split(frontMatter, FrontMatter.bodyStart(frontMatter)))
                .containsExactly("---\ntitle: x\n\n---\nbody\n\n", "more");
    }

    private static List<String> whole(String markdown) {
        return RENDERER.renderBlocks(PARSER.parse(markdown), TITLES::contains);
    }

    /** Half the documents leave out what makes a text render whole, so most of them are rendered piece by piece. */
    private static String randomLines(Random random, int count) {
        boolean wholeTextLines = random.nextBoolean();
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < count; line++) {
            String next = random.nextInt(3) == 0 ? "" : LINES[random.nextInt(LINES.length)];
            // Fences are kept rarer than other lines: one left open swallows the rest of the document.
            while (!wholeTextLines && (next.contains("<") || next.contains("]:") || next.contains("[^"))
                    || (next.contains("``") || next.contains("~~")) && random.nextInt(4) != 0) {
                next = LINES[random.nextInt(LINES.length)];
            }
            text.append(next).append(random.nextInt(20) == 0 ? "\r\n" : "\n");
        }
        return text.toString();
    }
}
