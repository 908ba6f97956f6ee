package org.projectnexus.logic.markdown;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;
import org.projectnexus.model.WikiLink;

/**
 * Turns parsed Markdown into an HTML fragment that is safe to show. Text is escaped and link addresses are
 * limited to web, mail, entry and in-page links; HTML written in the note itself passes the
 * {@link HtmlSanitizer}'s allow-list tag by tag, so only notes with raw HTML pay for sanitizing. Wiki links become {@code nexus://entry/...} links (marked
 * {@code unresolved} when no entry has that title or alias), tags become chips, math and Mermaid blocks are
 * left as escaped source for the preview's bundled KaTeX and Mermaid to typeset.
 */
public final class MarkdownRenderer {

    /** The URL scheme of links between entries and of tag chips; the preview handles them itself. */
    public static final String ENTRY_SCHEME = "nexus";
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", ENTRY_SCHEME);
    private static final java.util.regex.Pattern NOT_A_LANGUAGE_CHARACTER = java.util.regex.Pattern.compile("[^a-z0-9_+#-]");

    private final HtmlSanitizer sanitizer;
    /** The link targets of the render under way on this thread; the renderer is built once and shared. */
    private final ThreadLocal<LinkTargets> currentTargets = new ThreadLocal<>();
    private final HtmlRenderer renderer;
    /** Without the footnotes extension, whose renderer walks the whole tree even when there are no footnotes. */
    private final HtmlRenderer rendererWithoutFootnotes;

    public MarkdownRenderer(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
        this.renderer = build(MarkdownParser.EXTENSIONS);
        this.rendererWithoutFootnotes = build(MarkdownParser.EXTENSIONS.stream()
                .filter(extension -> !(extension instanceof org.commonmark.ext.footnotes.FootnotesExtension)).toList());
    }

    private HtmlRenderer build(java.util.List<org.commonmark.Extension> extensions) {
        return HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(false)
                .sanitizeUrls(true)
                .urlSanitizer(new UrlSanitizer() {
                    @Override
                    public String sanitizeLinkUrl(String url) {
                        return safeUrl(url);
                    }

                    @Override
                    public String sanitizeImageUrl(String url) {
                        String safe = safeUrl(url);
                        return safe.startsWith(ENTRY_SCHEME + ":") || safe.startsWith("mailto:") ? "" : safe;
                    }
                })
                .nodeRendererFactory(context -> new NexusNodeRenderer(context, sanitizer,
                        titleKey -> currentTargets.get().exists(titleKey)))
                .build();
    }

    public String render(ParsedMarkdown markdown, LinkTargets targets) {
        currentTargets.set(targets);
        try {
            // Text is escaped by the renderer; raw HTML pieces pass the sanitizer as they are written out.
            return (markdown.containsFootnotes() ? renderer : rendererWithoutFootnotes).render(markdown.document());
        } finally {
            currentTargets.remove();
        }
    }

    /**
     * The document as a list of HTML blocks, one per top-level Markdown block, so the preview can replace only
     * the blocks an edit changed. A document with footnotes or raw HTML is one block: footnotes are numbered over
     * the whole document, and raw HTML may open an element in one block and close it in another.
     */
    public List<String> renderBlocks(ParsedMarkdown markdown, LinkTargets targets) {
        if (markdown.containsFootnotes() || markdown.containsRawHtml()) {
            return List.of(render(markdown, targets));
        }
        currentTargets.set(targets);
        try {
            List<String> blocks = new ArrayList<>();
            for (Node block = markdown.document().getFirstChild(); block != null; block = block.getNext()) {
                blocks.add(rendererWithoutFootnotes.render(block));
            }
            return blocks;
        } finally {
            currentTargets.remove();
        }
    }

    /** The address a wiki link to this title (and heading) points at. */
    public static String entryUrl(WikiLink link) {
        String url = ENTRY_SCHEME + "://entry/" + encode(link.target());
        return link.heading().isEmpty() ? url : url + "#" + encode(link.heading());
    }

    /** The id the preview gives a heading, as the heading-anchor extension makes it (for {@code [[Title#Heading]]}). */
    public static String headingId(String heading) {
        return org.commonmark.ext.heading.anchor.IdGenerator.builder().build().generateId(heading);
    }

    /** The address of a tag chip: clicking it filters the entry list. */
    public static String tagUrl(String tag) {
        return ENTRY_SCHEME + "://tag/" + encode(tag);
    }

    static String safeUrl(String url) {
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        // A scheme is what comes before the first colon, unless a '/', '?' or '#' comes before that colon.
        boolean hasScheme = colon > 0;
        for (int i = 0; i < colon && hasScheme; i++) {
            char c = trimmed.charAt(i);
            hasScheme = c != '/' && c != '?' && c != '#';
        }
        if (!hasScheme) {
            return trimmed.startsWith("//") ? "" : trimmed;
        }
        return isSafeScheme(trimmed, colon) ? trimmed : "";
    }

    /** Whether the text before {@code colon} is a safe scheme, in any case; without a new string per link. */
    private static boolean isSafeScheme(String url, int colon) {
        for (int i = 0; i < colon; i++) {
            if (url.charAt(i) >= 128) {
                // Lower-casing can turn some non-ASCII letters into ASCII ones: decide as Locale.ROOT does.
                return SAFE_SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
            }
        }
        for (String scheme : SAFE_SCHEMES) {
            if (scheme.length() == colon && url.regionMatches(true, 0, scheme, 0, colon)) {
                return true; // for ASCII, ignoring case is the same as comparing in lower case
            }
        }
        return false;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
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

    /** Renders Nexus's own nodes and fenced code (code, math and Mermaid). */
    private static final class NexusNodeRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final LinkTargets targets;
        private final HtmlSanitizer sanitizer;
        /*
         * A long note repeats the same links and tags many times; their opening tags (an encoded address, escaped
         * attributes) are made once per render. Per render, because whether a link resolves can change between two.
         */
        private final Map<WikiLink, String> wikiLinkOpenings = new HashMap<>();
        private final Map<String, String> tagOpenings = new HashMap<>();
        private final Map<String, String> sanitizedHtml = new HashMap<>();

        NexusNodeRenderer(HtmlNodeRendererContext context, HtmlSanitizer sanitizer, LinkTargets targets) {
            this.context = context;
            this.sanitizer = sanitizer;
            this.html = context.getWriter();
            this.targets = targets;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class, WikiLinkNode.class, TagNode.class, MathNode.class, FencedCodeBlock.class,
                    HtmlInline.class, HtmlBlock.class, EmbedNode.class, org.commonmark.node.Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Text text) {
                // As commonmark writes text, with a faster escape: text is most of what a note is.
                HtmlEscaping.writeText(html, text.getLiteral());
            } else if (node instanceof WikiLinkNode wiki) {
                WikiLink link = wiki.link();
                html.raw(wikiLinkOpenings.computeIfAbsent(link, this::wikiLinkOpening));
                html.text(link.shownText());
                html.tag("/a");
            } else if (node instanceof TagNode tag) {
                html.raw(tagOpenings.computeIfAbsent(tag.tag().name(), this::tagOpening));
                html.text("#" + tag.written());
                html.tag("/a");
            } else if (node instanceof MathNode math) {
                // A span even for display math: it sits inside a paragraph; CSS makes it a block.
                html.tag("span", attributes("class", math.display() ? "math math-display" : "math math-inline"));
                html.text(math.tex());
                html.tag("/span");
            } else if (node instanceof FencedCodeBlock code) {
                renderFence(code);
            } else if (node instanceof HtmlInline inline) {
                html.raw(sanitized(inline.getLiteral()));
            } else if (node instanceof EmbedNode embed) {
                html.raw(AttachmentMarkup.embed(embed.target(), embed.shown()));
            } else if (node instanceof org.commonmark.node.Image image) {
                renderImage(image);
            } else if (node instanceof HtmlBlock block) {
                html.line();
                html.raw(sanitized(block.getLiteral()));
                html.line();
            }
        }

        /**
         * An image: one of the knowledge base's attachments when its address is a bare or relative file name
         * ({@code ![alt](a.png)}, {@code ![alt](Attachments/a%20b.png)}); a file elsewhere on the disk is never
         * fetched ({@code file://}, {@code /home/…}); a web address as the renderer has always written it.
         */
        private void renderImage(org.commonmark.node.Image image) {
            String destination = image.getDestination() == null ? "" : image.getDestination().strip();
            String alt = altText(image);
            if (AttachmentMarkup.isLocalPath(destination)) {
                html.raw(AttachmentMarkup.localImage(destination, alt));
                return;
            }
            if (AttachmentMarkup.isAttachmentAddress(destination)) {
                html.raw(AttachmentMarkup.image(org.projectnexus.model.AttachmentNames.lastSegment(
                        org.projectnexus.model.AttachmentNames.decoded(destination)), alt, ""));
                return;
            }
            String safe = safeUrl(destination);
            safe = safe.startsWith(ENTRY_SCHEME + ":") || safe.startsWith("mailto:") ? "" : safe;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", context.encodeUrl(safe));
            attributes.put("alt", alt);
            if (image.getTitle() != null) {
                attributes.put("title", image.getTitle());
            }
            html.tag("img", attributes, true);
        }

        private static String altText(Node image) {
            StringBuilder alt = new StringBuilder();
            image.accept(new org.commonmark.node.AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(org.commonmark.node.Code code) {
                    alt.append(code.getLiteral());
                }
            });
            return alt.toString();
        }

        /** The same piece of raw HTML (a {@code <kbd>}, a {@code </kbd>}) is sanitized once per render. */
        private String sanitized(String rawHtml) {
            return sanitizedHtml.computeIfAbsent(rawHtml, sanitizer::sanitizeRawHtml);
        }

        private String wikiLinkOpening(WikiLink link) {
            boolean resolved = targets.exists(link.targetKey());
            return HtmlEscaping.openingTag("a", "href", context.encodeUrl(entryUrl(link)),
                    "class", resolved ? "wikilink" : "wikilink unresolved",
                    "title", resolved ? link.target() : "No entry named “" + link.target() + "” yet: click to create it");
        }

        private String tagOpening(String name) {
            return HtmlEscaping.openingTag("a", "href", context.encodeUrl(tagUrl(name)), "class", "tag", "data-tag", name);
        }

        private void renderFence(FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo().strip();
            int space = indexOfAny(info, " \t");
            String language = (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
            html.line();
            if (language.equals("mermaid")) {
                html.tag("pre", attributes("class", "mermaid"));
                html.text(code.getLiteral());
                html.tag("/pre");
            } else if (language.equals("math") || language.equals("latex") || language.equals("tex")) {
                html.tag("div", attributes("class", "math math-display"));
                html.text(code.getLiteral());
                html.tag("/div");
            } else {
                html.tag("pre");
                html.tag("code", language.isEmpty() ? Map.of()
                        : attributes("class", "language-" + NOT_A_LANGUAGE_CHARACTER.matcher(language).replaceAll("")));
                HtmlEscaping.writeText(html, code.getLiteral());
                html.tag("/code");
                html.tag("/pre");
            }
            html.line();
        }
    }
}
