package org.projectnexus.logic.exchange;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.logic.markdown.RemoteImageBlocker;
import org.projectnexus.model.WikiLink;

/**
 * One PDF made from the preview's HTML (ADR 42): the parts (a README, entries) are put into one XHTML document, made
 * well-formed by jsoup, and laid out by openhtmltopdf over PDFBox. Nothing in the document is run or fetched: scripts
 * and embedded objects are removed, remote images are placeholders as in the preview, and the renderer may load
 * nothing but {@code data:} addresses. Links between entries become links inside the PDF.
 */
final class PdfDocument {

    /** The fonts used when the system has them (any Linux desktop with DejaVu); else PDF's built-in ones. */
    private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/TTF"), Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/local/share/fonts"));
    private static final Map<String, String[]> FONTS = Map.of(
            "DejaVu Sans", new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                    "DejaVuSans-BoldOblique.ttf"},
            "DejaVu Sans Mono", new String[] {"DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf",
                    "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"},
            "DejaVu Serif", new String[] {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                    "DejaVuSerif-BoldItalic.ttf"});

    private static final String STYLESHEET = stylesheet();

    private final StringBuilder readme = new StringBuilder();
    private final StringBuilder entries = new StringBuilder();
    private final String title;
    /** Title keys (titles and aliases) to the anchor of the entry's page, for links between entries. */
    private final Map<String, String> anchors;
    /** Addresses used by a README ({@code notes/Redis.md}) to the anchor of the entry's page. */
    private final Map<String, String> files;

    PdfDocument(String title, Map<String, String> anchors, Map<String, String> files) {
        this.title = title;
        this.anchors = anchors;
        this.files = files;
    }

    /** The anchor an entry's page gets. */
    static String anchor(java.util.UUID id) {
        return "entry-" + id;
    }

    /** Sets the README part (already HTML), on the first pages, before every entry. */
    void addReadme(String html) {
        readme.append("<div class=\"readme\">").append(RemoteImageBlocker.withoutRemoteImages(html)).append("</div>\n");
    }

    /** Adds an entry as the preview shows it ({@code fragment}), each on pages of its own. */
    void addEntry(java.util.UUID id, String fragment) {
        entries.append("<div class=\"entry entry-page").append("\" id=\"")
                .append(anchor(id)).append("\">").append(RemoteImageBlocker.withoutRemoteImages(fragment))
                .append("</div>\n");
    }

    /** Lays the document out and writes the PDF to {@code out}. */
    void write(OutputStream out) throws IOException {
        Document html = Jsoup.parse("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title></title></head><body>"
                + readme + entries + "</body></html>");
        html.title(title);
        html.head().appendElement("style").appendText(STYLESHEET);
        html.select("script, iframe, object, embed, frame, frameset, link, meta[http-equiv], base, form").remove();
        for (Element element : html.getAllElements()) {
            element.attributes().asList().stream().filter(attribute -> attribute.getKey().startsWith("on"))
                    .forEach(attribute -> element.removeAttr(attribute.getKey()));
        }
        for (Element link : html.select("a[href]")) {
            relink(link);
        }
        for (Element element : html.body().getAllElements()) {
            element.textNodes().forEach(text -> text.text(printable(text.getWholeText())));
        }
        org.w3c.dom.Document xhtml = new W3CDom().fromJsoup(html);
        PdfLog.install();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Nothing outside the document is read: only data: addresses (embedded images) and links inside it resolve.
        builder.useUriResolver((base, uri) -> uri != null && (uri.startsWith("data:") || uri.startsWith("#")) ? uri : null);
        builder.useHttpStreamImplementation(url -> {
            throw new IllegalStateException("The PDF export reads nothing from the network: " + url);
        });
        addFonts(builder);
        builder.withW3cDocument(xhtml, "about:blank");
        builder.toStream(out);
        builder.run();
    }

    /**
     * Text without what no font of the PDF can draw: emoji (outside the Basic Multilingual Plane) and emoji variation
     * selectors would each show as a "#". The README's status marks keep a meaning: ✅ becomes ✓.
     */
    static String printable(String text) {
        if (text.chars().noneMatch(c -> Character.isSurrogate((char) c) || c == 0xFE0F || c == 0x2705)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (point == 0x2705) {
                out.append('✓');
            } else if (point < 0x10000 && point != 0xFE0F) {
                out.appendCodePoint(point);
            }
        });
        return out.toString().replace("  ", " ");
    }

    private void relink(Element link) {
        String href = link.attr("href");
        String anchor = null;
        if (href.startsWith(MarkdownRenderer.ENTRY_SCHEME + "://entry/")) {
            String target = href.substring((MarkdownRenderer.ENTRY_SCHEME + "://entry/").length());
            int hash = target.indexOf('#');
            target = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
            anchor = anchors.get(WikiLink.titleKey(target));
        } else if (!href.startsWith("#") && !href.contains(":")) {
            int hash = href.indexOf('#');
            anchor = files.get(hash < 0 ? href : href.substring(0, hash));
        } else if (href.startsWith("#") || href.startsWith("https:") || href.startsWith("http:")
                || href.startsWith("mailto:")) {
            return;
        }
        if (anchor == null && link.hasClass("tag")) {
            link.removeAttr("href"); // a tag keeps its chip
        } else if (anchor == null) {
            link.unwrap(); // a link to nothing in this PDF is its text, not a blue word that goes nowhere
        } else {
            link.attr("href", "#" + anchor);
        }
    }

    private static void addFonts(PdfRendererBuilder builder) {
        FONTS.forEach((family, names) -> {
            for (Path folder : FONT_FOLDERS) {
                if (Files.isRegularFile(folder.resolve(names[0]))) {
                    addFont(builder, folder.resolve(names[0]), family, 400, FontStyle.NORMAL);
                    addFont(builder, folder.resolve(names[1]), family, 700, FontStyle.NORMAL);
                    addFont(builder, folder.resolve(names[2]), family, 400, FontStyle.ITALIC);
                    addFont(builder, folder.resolve(names[3]), family, 700, FontStyle.ITALIC);
                    return;
                }
            }
        });
    }

    private static void addFont(PdfRendererBuilder builder, Path file, String family, int weight, FontStyle style) {
        if (Files.isRegularFile(file)) {
            builder.useFont(file.toFile(), family, weight, style, true);
        }
    }

    private static String stylesheet() {
        try (InputStream in = PdfDocument.class.getResourceAsStream("pdf.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
