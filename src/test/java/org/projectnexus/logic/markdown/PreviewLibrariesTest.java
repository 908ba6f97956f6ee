package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The preview's page carries no library; the libraries an entry's HTML needs are named for the preview to run
 * (ADR 51), and a standalone page still carries the ones it needs.
 */
class PreviewLibrariesTest {

    private final WebAssets assets = new WebAssets();
    private final EntryPageRenderer pages = new EntryPageRenderer(new MarkdownParser(),
            new MarkdownRenderer(new HtmlSanitizer()), assets);

    @Test
    void thePreviewsPageRunsNoLibraryButHasTheirStyles() {
        String shell = pages.previewShell(false, false);
        assertThat(shell).contains(assets.text(WebAssets.PREVIEW_JS))
                .doesNotContain(assets.text(WebAssets.HIGHLIGHT_JS))
                .doesNotContain(assets.text(WebAssets.KATEX_JS))
                .doesNotContain(assets.text(WebAssets.MERMAID_JS))
                .contains(".katex").contains("body.dark .hljs");
        assertThat(shell.length()).isLessThan(assets.text(WebAssets.MERMAID_JS).length() / 4);
    }

    @Test
    void theLibrariesAFragmentNeedsAreNamedInTheOrderToRunThem() {
        String html = pages.renderMarkdownFragment(
                "Inline $x^2$.\n\n```mermaid\ngraph TD\n  A-->B\n```\n\n```java\nint x;\n```\n", LinkTargets.none());
        assertThat(pages.libraryScripts(html)).containsExactly(
                java.util.Map.entry(WebAssets.HIGHLIGHT_JS, assets.text(WebAssets.HIGHLIGHT_JS)),
                java.util.Map.entry(WebAssets.KATEX_JS, assets.text(WebAssets.KATEX_JS)),
                java.util.Map.entry(WebAssets.MERMAID_JS, assets.text(WebAssets.MERMAID_JS)));
        String plain = pages.renderMarkdownFragment("Just *words*.", LinkTargets.none());
        assertThat(pages.libraryScripts(plain)).isEmpty();
    }

    @Test
    void aStandalonePageCarriesOnlyTheLibrariesItNeeds() {
        String page = pages.renderMarkdownPage("```mermaid\ngraph TD\n  A-->B\n```\n", LinkTargets.none(), false);
        assertThat(page).contains(assets.text(WebAssets.MERMAID_JS))
                .doesNotContain(assets.text(WebAssets.KATEX_JS));
    }
}
