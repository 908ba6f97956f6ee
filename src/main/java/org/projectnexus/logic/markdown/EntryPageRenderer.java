package org.projectnexus.logic.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Takeaway;

/**
 * The preview of an entry as one HTML page: its title, the kind's own fields and the rendered body,
 * styled for the light or the dark theme. The page carries a Content-Security-Policy that allows no
 * script at all, on top of the renderer's escaping, so nothing written in a note can run.
 */
public final class EntryPageRenderer {

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:;";

    private final MarkdownParser parser;
    private final MarkdownRenderer renderer;
    private final String stylesheet;

    public EntryPageRenderer(MarkdownParser parser, MarkdownRenderer renderer) {
        this.parser = parser;
        this.renderer = renderer;
        this.stylesheet = readStylesheet();
    }

    public String renderPage(Entry entry, LinkTargets targets, boolean dark) {
        StringBuilder html = new StringBuilder(4096 + entry.body().length() * 2);
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<title>").append(escape(entry.title())).append("</title><style>")
                .append(stylesheet).append("</style></head>\n<body class=\"")
                .append(dark ? "dark" : "light").append("\">\n");
        appendEntry(html, entry, targets);
        return html.append("</body></html>\n").toString();
    }

    /** The entry as an HTML fragment: title, fields and body. */
    public String renderFragment(Entry entry, LinkTargets targets) {
        StringBuilder html = new StringBuilder();
        appendEntry(html, entry, targets);
        return html.toString();
    }

    private void appendEntry(StringBuilder html, Entry entry, LinkTargets targets) {
        html.append("<header><span class=\"kind kind-").append(entry.kind().name().toLowerCase())
                .append("\">").append(entry.kind().displayName()).append("</span>");
        if (entry instanceof Challenge challenge) {
            html.append(" <span class=\"status status-").append(challenge.status().name().toLowerCase())
                    .append("\">").append(challenge.status() == null ? "" : challenge.status().name().toLowerCase())
                    .append("</span>");
        } else if (entry instanceof Takeaway takeaway) {
            html.append(" <span class=\"category\">").append(takeaway.category().displayName()).append("</span>");
        }
        html.append("<h1 class=\"entry-title\">").append(escape(entry.title())).append("</h1></header>\n");
        if (entry instanceof Challenge challenge) {
            appendSection(html, "Problem", challenge.problem(), targets);
            appendSection(html, "Solution", challenge.solution(), targets);
        }
        html.append("<article class=\"body\">")
                .append(renderer.render(parser.parse(entry.body()), targets))
                .append("</article>\n");
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

    private static String readStylesheet() {
        try (InputStream in = EntryPageRenderer.class.getResourceAsStream("preview.css")) {
            if (in == null) {
                throw new IllegalStateException("preview.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
