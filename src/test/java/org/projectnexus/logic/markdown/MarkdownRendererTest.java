package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownParser parser = new MarkdownParser();
    private final MarkdownRenderer renderer = new MarkdownRenderer();

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
                .contains("<span class=\"tag\" data-tag=\"caching/redis\">#caching/redis</span>");
    }

    @Test
    void htmlWrittenInANoteIsShownAsTextNeverRun() {
        String html = render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(1))", LinkTargets.none());
        assertThat(html).doesNotContain("<script", "<img", "javascript:");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void headingsGetAnchorsForHeadingLinks() {
        assertThat(render("## Load balancing", LinkTargets.none())).contains("id=\"load-balancing\"");
    }
}
