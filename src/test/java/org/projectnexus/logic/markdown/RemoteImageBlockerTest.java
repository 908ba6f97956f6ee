package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 28, point 13: remote images are taken out of the HTML, and the page's policy fetches none. */
class RemoteImageBlockerTest {

    private final MarkdownParser parser = new MarkdownParser();
    private final MarkdownRenderer renderer = new MarkdownRenderer(new HtmlSanitizer());
    private final EntryPageRenderer pages = new EntryPageRenderer(parser, renderer, new WebAssets());

    private String html(String markdown) {
        return renderer.render(parser.parse(markdown), LinkTargets.none());
    }

    @Test
    void everyRemoteImageBecomesAPlaceholderThatFetchesNothing() {
        String html = html("""
                ![tracking pixel](https://tracker.example/p.gif?who=me&when=now)

                <img src="http://example.org/a.png" alt="raw">

                <IMG SRC="h&#116;tps://example.org/b.png">
                """);
        assertThat(RemoteImageBlocker.containsRemoteImages(html)).isTrue();

        String blocked = RemoteImageBlocker.withoutRemoteImages(html);

        assertThat(blocked).doesNotContain("src=\"http").doesNotContain("src=\"h&")
                .contains("<span class=\"remote-image\" title=\"Remote image not loaded: https://tracker.example/p.gif?who=me&amp;when=now\">tracking pixel</span>")
                .contains(">raw</span>");
        assertThat(RemoteImageBlocker.containsRemoteImages(blocked)).isFalse();
        String own = "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"drawn\" /></p>";
        assertThat(RemoteImageBlocker.withoutRemoteImages(own)).as("the page's own images stay").isEqualTo(own);
        String text = html("Write `<img src=\"https://x/y.png\">` to show an image.");
        assertThat(RemoteImageBlocker.withoutRemoteImages(text)).isEqualTo(text);
    }

    @Test
    void aPageWithoutRemoteImagesHasAPolicyThatFetchesNoneFromTheWeb() {
        String markdown = "![pixel](https://tracker.example/p.gif)";
        String blocked = pages.renderMarkdownPage(markdown, LinkTargets.none(), false, false);
        assertThat(blocked).contains("img-src data:;").doesNotContain("img-src data: https:")
                .doesNotContain("src=\"https://tracker.example");
        String allowed = pages.renderMarkdownPage(markdown, LinkTargets.none(), false, true);
        assertThat(allowed).contains("img-src data: https: http:;").contains("src=\"https://tracker.example/p.gif\"");
        assertThat(pages.previewShell(false, false)).contains("img-src data:;");
        assertThat(pages.previewShell(false, true)).contains("img-src data: https: http:;");
    }
}
