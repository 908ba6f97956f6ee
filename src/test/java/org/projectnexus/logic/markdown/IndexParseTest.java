package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Entry;

/** The parse for the index finds exactly the tags, links and aliases the full parse finds, on any text. */
class IndexParseTest {

    private static final List<String> PIECES = List.of("#tag", "#a/b", " #x1", "[[Link]]", "[[Link|shown]]",
            "[[Page#Part]]", "&num;entity", "&lbrack;&lbrack;Entity&rbrack;&rbrack;", "&amp;", "`code #no [[no]]`",
            "```\n#no [[x]]\n```\n", "    indented #code\n", "| a | #t |\n|---|---|\n| [[L]] | b \\| c |\n",
            "> quote #q\n", "- [ ] task #t\n", "1. item [[y]]\n", "# Heading #h\n", "Heading\n===\n", "Setext\n---\n",
            "<div>#html [[h]]</div>\n", "[text]([[x]])", "[ref]: http://x.org\n", "[ref]", "\\#escaped", "\\[[esc]]",
            "$math #m$", "$$\n#m\n$$\n", "http://x.org/#frag", "plain words", "more prose here", "\n\n", "\n", "#",
            "[", "[[", "]]", "***\n", "[^1]\n\n[^1]: foot #f [[F]]\n", "---\naliases: [A, B]\ntags: [fm]\n---\n");

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void findsWhatTheFullParseFindsInTheStarterSet() {
        for (Entry entry : new StarterContent().entries(Instant.EPOCH)) {
            assertSame(entry.markdownSources());
        }
    }

    @Test
    void findsWhatTheFullParseFindsInRandomTexts() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
                text.append(random.nextInt(3) == 0 ? "\n" : " ");
            }
            assertSame(text.toString());
        }
    }

    private void assertSame(String text) {
        ParsedMarkdown full = parser.parse(text);
        ParsedMarkdown index = parser.parseForIndex(text);
        assertThat(index.tags()).as(text).containsExactlyElementsOf(full.tags());
        assertThat(index.links()).as(text).containsExactlyElementsOf(full.links());
        assertThat(index.aliases()).as(text).containsExactlyElementsOf(full.aliases());
    }
}
