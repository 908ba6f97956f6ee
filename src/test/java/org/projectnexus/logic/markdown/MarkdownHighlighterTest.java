package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.markdown.MarkdownHighlighter.Span;

class MarkdownHighlighterTest {

    private final MarkdownHighlighter highlighter = new MarkdownHighlighter();

    private List<String> styled(String text) {
        return highlighter.highlight(text).stream()
                .map(span -> span.style() + ":" + text.substring(span.start(), span.end())).toList();
    }

    @Test
    void findsHeadingsEmphasisCodeLinksTagsAndMath() {
        assertThat(styled("# Title\nSome **bold**, *it*, `code`, [[Link]], [web](https://x.y), #tag/sub, $x^2$"))
                .containsExactly("heading:# Title", "strong:**bold**", "emphasis:*it*", "code:`code`",
                        "wiki:[[Link]]", "link:[web](https://x.y)", "tag:#tag/sub", "math:$x^2$");
    }

    @Test
    void fencedCodeIsOneBlockWhateverItContains() {
        assertThat(styled("```java\n# not a heading #nottag\n```\nafter #tag"))
                .containsExactly("code-block:```java", "code-block:# not a heading #nottag", "code-block:```",
                        "tag:#tag");
    }

    @Test
    void spansInsideAQuoteSplitIt() {
        List<Span> spans = highlighter.highlight("> see [[A]] now");
        assertThat(spans).extracting(Span::style).containsExactly("quote", "wiki", "quote");
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }
}
