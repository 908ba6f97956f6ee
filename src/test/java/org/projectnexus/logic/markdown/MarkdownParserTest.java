package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

class MarkdownParserTest {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void tagsMayBeNestedAndWrittenInAnyScript() {
        assertThat(parser.parse("Use #caching/redis and #Backend, #日本語 and #ü_ber-tag.").tags())
                .containsExactly(new Tag("caching/redis"), new Tag("backend"), new Tag("日本語"), new Tag("ü_ber-tag"));
    }

    @Test
    void codeHeadingsUrlFragmentsAndNumbersAreNotTags() {
        String markdown = "# Heading\n\nIssue #123, see http://example.com/#anchor and a&#35;b.\n\n"
                + "`#inline` code\n\n```\n#fenced\n```\n\n    #indented\n";
        assertThat(parser.parse(markdown).tags()).isEmpty();
    }

    @Test
    void wikiLinksKeepTheirHeadingAndShownText() {
        assertThat(parser.parse("See [[Redis]], [[System Design#Load balancing]] and [[REST APIs|REST]].").links())
                .containsExactly(new WikiLink("Redis", "", ""), new WikiLink("System Design", "Load balancing", ""),
                        new WikiLink("REST APIs", "", "REST"));
    }

    @Test
    void aLinkWhoseTitleLooksLikeHtmlIsStillALinkAndOtherHtmlStaysHtml() {
        ParsedMarkdown parsed = parser.parse("See [[List<String>]], [[a <b>bold</b> c|shown]] and <i>x</i> [[b");
        assertThat(parsed.links()).containsExactly(new WikiLink("List<String>", "", ""),
                new WikiLink("a <b>bold</b> c", "", "shown"));
        assertThat(parsed.containsRawHtml()).as("the <i> outside any link").isTrue();
        assertThat(parser.parse("[[List<String>]]").containsRawHtml()).isFalse();
    }

    @Test
    void linksInsideCodeAreNotLinks() {
        assertThat(parser.parse("`[[Redis]]`\n\n```\n[[Docker]]\n```\n").links()).isEmpty();
    }

    @Test
    void frontMatterIsReadAsFieldsAndNotShownAsText() {
        ParsedMarkdown parsed = parser.parse("---\ntitle: Redis\naliases: [cache]\n---\nBody #tag\n");
        assertThat(parsed.frontMatter().fields()).containsEntry("title", "Redis");
        assertThat(parsed.frontMatter().body()).isEqualTo("Body #tag\n");
        assertThat(new MarkdownRenderer(new HtmlSanitizer()).render(parsed, LinkTargets.none())).doesNotContain("aliases");
    }

    @Test
    void frontMatterTagsAndAliasesCount() {
        ParsedMarkdown parsed = parser.parse("---\ntags: [backend/api, '#rest']\naliases:\n  - REST\n  - RESTful\n---\nText #inline\n");
        assertThat(parsed.tags()).containsExactly(new Tag("backend/api"), new Tag("rest"), new Tag("inline"));
        assertThat(parsed.aliases()).containsExactly("REST", "RESTful");
    }

    @Test
    void mathIsNeverATagNorALink() {
        assertThat(parser.parse("$a_#b [[c]]$").tags()).isEmpty();
        assertThat(parser.parse("$a_#b [[c]]$").links()).isEmpty();
    }

    @Test
    void brokenFrontMatterIsReportedNotThrown() {
        FrontMatter frontMatter = parser.parse("---\ntitle: [unclosed\n---\nBody\n").frontMatter();
        assertThat(frontMatter.error()).get().asString().contains("not valid YAML");
        assertThat(frontMatter.body()).isEqualTo("Body\n");
    }
}
