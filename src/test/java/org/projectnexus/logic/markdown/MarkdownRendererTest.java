package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownParser parser = new MarkdownParser();
    private final MarkdownRenderer renderer = new MarkdownRenderer(new HtmlSanitizer());

    private String render(String markdown, LinkTargets targets) {
        return renderer.render(parser.parse(markdown), targets);
    }

    @Test
    void rendersGfmTablesStrikethroughAndTaskLists() {
        String html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n- [ ] todo\n",
                LinkTargets.none());
        assertThat(html).contains("<table>", "<th>a</th>", "<td>2</td>", "<del>old</del>", "type=\"checkbox\"");
    }

    @Test
    void resolvedAndUnresolvedLinksLookDifferent() {
        String html = render("[[Redis]] and [[Missing]]", key -> key.equals("redis"));
        assertThat(html).contains("<a href=\"nexus://entry/Redis\" class=\"wikilink\"");
        assertThat(html).contains("class=\"wikilink unresolved\"");
    }

    @Test
    void tagsBecomeChips() {
        assertThat(render("About #caching/redis", LinkTargets.none()))
                .contains("<a href=\"nexus://tag/caching%2Fredis\" class=\"tag\" data-tag=\"caching/redis\">#caching/redis</a>");
    }

    @Test
    void safeHtmlInANoteIsKeptAndScriptsAreRemoved() {
        String html = render("<details><summary>More</summary>\n\n<kbd>Ctrl</kbd> <b>bold</b>\n\n</details>\n\n"
                + "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(1)) [data](data:text/html,x)", LinkTargets.none());
        assertThat(html).contains("<details>", "<summary>More</summary>", "<kbd>Ctrl</kbd>", "<b>bold</b>");
        assertThat(html).doesNotContain("<script", "onerror", "javascript:", "data:text");
    }

    @Test
    void rawHtmlInsideLinkTextIsSanitizedToo() {
        assertThat(render("[<img src=x onerror=alert(1)>](https://example.com) and [[Inside]]", LinkTargets.none()))
                .doesNotContain("onerror").contains("href=\"https://example.com\"", "<img src=\"x\" />", "class=\"wikilink unresolved\"");
    }

    @Test
    void detailsMayEncloseMarkdownAcrossBlocks() {
        String html = render("<details>\n<summary>More</summary>\n\n**inside**\n\n</details>\n", LinkTargets.none());
        assertThat(html.indexOf("<strong>inside</strong>")).isBetween(html.indexOf("<details>"), html.indexOf("</details>"));
    }

    @Test
    void mathAndMermaidStayAsEscapedSourceForThePreviewScripts() {
        String html = render("Energy $E = m_c^2$ and prices $5 and $10.\n\n$$\\sum_{i<n} x_i$$\n\n"
                + "```mermaid\ngraph TD; A-->B\n```\n", LinkTargets.none());
        assertThat(html).contains("<span class=\"math math-inline\">E = m_c^2</span>", "prices $5 and $10");
        assertThat(html).contains("<span class=\"math math-display\">\\sum_{i&lt;n} x_i</span>");
        assertThat(html).contains("<pre class=\"mermaid\">graph TD; A--&gt;B\n</pre>");
    }

    @Test
    void fencedCodeNamesItsLanguageForHighlighting() {
        assertThat(render("```java\nint x = 1 < 2 ? 1 : 0;\n```\n", LinkTargets.none()))
                .contains("<pre><code class=\"language-java\">int x = 1 &lt; 2 ? 1 : 0;\n</code></pre>");
    }

    @Test
    void footnotesAreRendered() {
        assertThat(render("Claim.[^1]\n\n[^1]: Source.\n", LinkTargets.none())).contains("footnote", "Source.");
    }

    @Test
    void headingsGetAnchorsForHeadingLinks() {
        assertThat(render("## Load balancing", LinkTargets.none())).contains("id=\"load-balancing\"");
    }
}
