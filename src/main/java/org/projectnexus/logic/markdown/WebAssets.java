package org.projectnexus.logic.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a preview page uses, shipped inside the app under {@code web/}: our stylesheet and script, and the
 * bundled highlight.js, KaTeX and Mermaid (unpacked from WebJars at build time). Nothing is ever fetched:
 * pages carry the assets inline, because WebKit's Content-Security-Policy cannot admit {@code jar:} addresses.
 */
public final class WebAssets {

    public static final String PREVIEW_CSS = "preview.css";
    public static final String PREVIEW_JS = "preview.js";
    public static final String HIGHLIGHT_JS = "highlightjs/highlight.min.js";
    public static final String HIGHLIGHT_CSS = "highlightjs/styles/github.min.css";
    public static final String HIGHLIGHT_DARK_CSS = "highlightjs/styles/github-dark.min.css";
    public static final String KATEX_JS = "katex/dist/katex.min.js";
    public static final String KATEX_CSS = "katex/dist/katex.min.css";
    public static final String MERMAID_JS = "mermaid/dist/mermaid.min.js";

    private final Map<String, String> texts = new ConcurrentHashMap<>();

    private static final Pattern KATEX_FONT = Pattern.compile(
            "url\\(fonts/([A-Za-z0-9_-]+)\\.woff2\\) format\\(\"woff2\"\\)(,url\\(fonts/[^)]+\\) format\\(\"[a-z]+\"\\))*");

    /**
     * The text of an asset, read once. KaTeX's stylesheet comes with its fonts embedded as {@code data:} URLs:
     * a preview page is loaded from memory and has no folder to find them in.
     */
    public String text(String name) {
        return texts.computeIfAbsent(name, key -> key.equals(KATEX_CSS) ? embedKatexFonts(read(key)) : read(key));
    }

    private static String embedKatexFonts(String css) {
        Matcher font = KATEX_FONT.matcher(css);
        StringBuilder embedded = new StringBuilder(css.length() * 4);
        while (font.find()) {
            String data = Base64.getEncoder().encodeToString(bytes("katex/dist/fonts/" + font.group(1) + ".woff2"));
            font.appendReplacement(embedded, Matcher.quoteReplacement(
                    "url(data:font/woff2;base64," + data + ") format(\"woff2\")"));
        }
        font.appendTail(embedded);
        return embedded.toString();
    }

    private static String read(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The preview asset " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
