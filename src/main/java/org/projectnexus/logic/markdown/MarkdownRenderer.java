package org.projectnexus.logic.markdown;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.projectnexus.model.WikiLink;

/**
 * Turns parsed Markdown into an HTML fragment that is safe to show: raw HTML written in a note is escaped
 * (it shows as text, it never runs) and link URLs with dangerous schemes are dropped.
 * Wiki links become {@code nexus:} links, marked {@code unresolved} when no entry has that title.
 */
public final class MarkdownRenderer {

    /** The URL scheme of links between entries; the preview opens the entry instead of navigating. */
    public static final String ENTRY_SCHEME = "nexus";

    public String render(ParsedMarkdown markdown, LinkTargets targets) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(MarkdownParser.EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new InlineMarkupRenderer(context, targets))
                .build();
        return renderer.render(markdown.document());
    }

    /** The address a wiki link to this title (and heading) points at. */
    public static String entryUrl(WikiLink link) {
        String url = ENTRY_SCHEME + "://entry/" + encode(link.target());
        return link.heading().isEmpty() ? url : url + "#" + encode(link.heading());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Attributes in the order given, so the same Markdown always renders to the same HTML. */
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    private static final class InlineMarkupRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final LinkTargets targets;

        InlineMarkupRenderer(HtmlNodeRendererContext context, LinkTargets targets) {
            this.context = context;
            this.html = context.getWriter();
            this.targets = targets;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(WikiLinkNode.class, TagNode.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof WikiLinkNode wiki) {
                WikiLink link = wiki.link();
                boolean resolved = targets.exists(link.targetKey());
                html.tag("a", attributes(
                        "href", context.encodeUrl(entryUrl(link)),
                        "class", resolved ? "wikilink" : "wikilink unresolved",
                        "title", resolved ? link.target() : "No entry named “" + link.target() + "” yet"));
                html.text(link.shownText());
                html.tag("/a");
            } else if (node instanceof TagNode tag) {
                html.tag("span", attributes("class", "tag", "data-tag", tag.tag().name()));
                html.text("#" + tag.written());
                html.tag("/span");
            }
        }
    }
}
