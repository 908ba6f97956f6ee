package org.projectnexus.logic.markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Takeaway;

/**
 * An entry as HTML: its kind, title, the kind's own fields and the rendered body. As a fragment, it is what the
 * preview shows inside its page; as a standalone page (the {@code nexus render} output) it carries inline the
 * stylesheet and only the bundled scripts it needs, each admitted by its hash in a Content-Security-Policy that
 * admits no other script.
 */
public final class EntryPageRenderer {

    private final MarkdownParser parser;
    private final MarkdownRenderer renderer;
    private final WebAssets assets;

    public EntryPageRenderer(MarkdownParser parser, MarkdownRenderer renderer, WebAssets assets) {
        this.parser = parser;
        this.renderer = renderer;
        this.assets = assets;
    }

    /**
     * The entry as a complete page that shows correctly on its own (opened in a browser, say); remote images only
     * with {@code remoteImages}, else placeholders, and a policy that fetches none (ADR 34).
     */
    public String renderPage(Entry entry, LinkTargets targets, boolean dark, boolean remoteImages) {
        return page(entry.title(), renderFragment(entry, targets), dark, false, remoteImages);
    }

    /** Without remote images. */
    public String renderPage(Entry entry, LinkTargets targets, boolean dark) {
        return renderPage(entry, targets, dark, false);
    }

    /** Markdown that belongs to no entry (for {@code nexus render -}), as a complete page. */
    public String renderMarkdownPage(String markdown, LinkTargets targets, boolean dark, boolean remoteImages) {
        return page("Markdown", renderer.render(parser.parse(markdown), targets), dark, false, remoteImages);
    }

    /** Markdown that belongs to no entry, as an HTML fragment (for a PDF's README part). */
    public String renderMarkdownFragment(String markdown, LinkTargets targets) {
        return renderer.render(parser.parse(markdown), targets);
    }

    /** Without remote images. */
    public String renderMarkdownPage(String markdown, LinkTargets targets, boolean dark) {
        return renderMarkdownPage(markdown, targets, dark, false);
    }

    /**
     * The empty page the live preview loads once, with every bundled stylesheet but only its own script; entries
     * are then swapped into it by that script, so typing never reloads the page. The libraries an entry needs
     * (highlight.js, KaTeX, Mermaid: {@link #libraryScripts}) are run in it by the preview the first time an entry
     * needs them: loaded with the page, their code and Mermaid's start-up state held about 85 MB of WebKit's memory
     * at 10,000 entries whether or not a note ever showed a diagram (ADR 51). Only a shell made with
     * {@code remoteImages} may fetch images from the web: the preview swaps shells when the user loads a note's
     * remote images.
     */
    public String previewShell(boolean dark, boolean remoteImages) {
        return page("Preview", "", dark, true, remoteImages);
    }

    /** A preview page that fetches no remote image. */
    public String previewShell(boolean dark) {
        return previewShell(dark, false);
    }

    /**
     * The bundled libraries that HTML made by this renderer needs, by name ({@link WebAssets}), each with its
     * script, in the order they are to run: highlight.js for fenced code, KaTeX for math, Mermaid for diagrams.
     */
    public java.util.Map<String, String> libraryScripts(String html) {
        java.util.Map<String, String> scripts = new java.util.LinkedHashMap<>();
        if (html.contains("class=\"language-")) {
            scripts.put(WebAssets.HIGHLIGHT_JS, assets.text(WebAssets.HIGHLIGHT_JS));
        }
        if (html.contains("class=\"math ")) {
            scripts.put(WebAssets.KATEX_JS, assets.text(WebAssets.KATEX_JS));
        }
        if (html.contains("class=\"mermaid\"")) {
            scripts.put(WebAssets.MERMAID_JS, assets.text(WebAssets.MERMAID_JS));
        }
        return scripts;
    }

    /** {@code shell}: the preview's page, with every stylesheet and no library script (see {@link #previewShell}). */
    private String page(String title, String body, boolean dark, boolean shell, boolean remoteImages) {
        String fragment = remoteImages ? body : RemoteImageBlocker.withoutRemoteImages(body);
        List<String> scripts = new ArrayList<>(shell ? List.of() : libraryScripts(fragment).values());
        StringBuilder styles = new StringBuilder(assets.text(WebAssets.PREVIEW_CSS));
        if (shell || fragment.contains("class=\"language-")) {
            styles.append('\n').append(scoped(assets.text(WebAssets.HIGHLIGHT_CSS), "body.light "))
                    .append('\n').append(scoped(assets.text(WebAssets.HIGHLIGHT_DARK_CSS), "body.dark "));
        }
        if (shell || fragment.contains("class=\"math ")) {
            styles.append('\n').append(assets.text(WebAssets.KATEX_CSS));
        }
        scripts.add(assets.text(WebAssets.PREVIEW_JS));
        StringBuilder html = new StringBuilder(fragment.length() + styles.length() + 4096);
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src");
        scripts.forEach(script -> html.append(" 'sha256-").append(sha256(script)).append('\''));
        html.append("; style-src 'unsafe-inline'; font-src data:; img-src data:")
                .append(remoteImages ? " https: http:" : "").append(";\">")
                .append("<title>").append(escape(title)).append("</title>\n<style>").append(styles)
                .append("</style>\n");
        scripts.forEach(script -> html.append("<script>").append(script).append("</script>\n"));
        html.append("</head>\n<body class=\"").append(dark ? "dark" : "light").append("\"><main id=\"content\">\n")
                .append(fragment).append("</main></body></html>\n");
        return html.toString();
    }

    /**
     * The entry as blocks for the live preview: each is one {@code <div class="block">}, so the preview can swap
     * exactly the blocks that changed while typing. The body's blocks come from {@code body}, which re-parses only
     * what changed since its last render.
     */
    public List<String> renderBlocks(Entry entry, LinkTargets targets, IncrementalBlocks body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        appendHeader(header, entry);
        blocks.add(header.toString());
        if (entry instanceof Challenge challenge) {
            StringBuilder sections = new StringBuilder();
            appendSection(sections, "Problem", challenge.problem(), targets);
            appendSection(sections, "Solution", challenge.solution(), targets);
            blocks.add(sections.toString());
        }
        blocks.addAll(body.render(entry.body(), targets));
        return blocks.stream().map(block -> "<div class=\"block\">" + block + "</div>").toList();
    }

    /** Remembers the blocks of one preview's renders (see {@link #renderBlocks}). */
    public IncrementalBlocks incrementalBlocks() {
        return new IncrementalBlocks(parser, renderer);
    }

    /** The entry as an HTML fragment: kind, title, fields and body. */
    public String renderFragment(Entry entry, LinkTargets targets) {
        StringBuilder html = new StringBuilder(entry.body().length() * 2 + 512);
        appendHeader(html, entry);
        if (entry instanceof Challenge challenge) {
            appendSection(html, "Problem", challenge.problem(), targets);
            appendSection(html, "Solution", challenge.solution(), targets);
        }
        // The body's blocks stand directly in the page (no wrapper), as the preview shows them.
        html.append(renderer.render(parser.parse(entry.body()), targets));
        return html.toString();
    }

    private void appendHeader(StringBuilder html, Entry entry) {
        html.append("<header><span class=\"kind kind-").append(entry.kind().name().toLowerCase())
                .append("\">").append(entry.kind().displayName()).append("</span>");
        if (entry instanceof Challenge challenge) {
            html.append(" <span class=\"status status-").append(challenge.status().name().toLowerCase())
                    .append("\">").append(challenge.status().name().toLowerCase()).append("</span>");
        } else if (entry instanceof Takeaway takeaway) {
            html.append(" <span class=\"category\">").append(takeaway.category().displayName()).append("</span>");
        }
        html.append("<h1 class=\"entry-title\">").append(escape(entry.title())).append("</h1></header>\n");
    }

    private void appendSection(StringBuilder html, String heading, String markdown, LinkTargets targets) {
        if (markdown.isBlank()) {
            return;
        }
        html.append("<section class=\"field field-").append(heading.toLowerCase()).append("\"><h2>")
                .append(heading).append("</h2>")
                .append(renderer.render(parser.parse(markdown), targets))
                .append("</section>\n");
    }

    /** The rules of a plain stylesheet (no @-rules), each applying only under {@code prefix}. */
    static String scoped(String css, String prefix) {
        StringBuilder out = new StringBuilder(css.length() + 512);
        for (String rule : css.replaceAll("/\\*.*?\\*/", "").split("}")) {
            int brace = rule.indexOf('{');
            if (brace < 0) {
                continue;
            }
            String[] selectors = rule.substring(0, brace).split(",");
            for (int i = 0; i < selectors.length; i++) {
                out.append(i == 0 ? "" : ",").append(prefix).append(selectors[i].strip());
            }
            out.append(rule.substring(brace)).append("}\n");
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
