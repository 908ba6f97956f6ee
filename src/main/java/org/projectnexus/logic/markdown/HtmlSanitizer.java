package org.projectnexus.logic.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list that HTML written in notes must pass before it reaches the preview (OWASP Java HTML Sanitizer).
 * Formatting, tables, lists, images, links and collapsible sections are kept; scripts, event handlers, styles,
 * frames, forms, objects, SVG and MathML are removed, and link targets may only be web, mail or entry links.
 */
public final class HtmlSanitizer {

    /** An opening or closing tag as CommonMark defines raw HTML tags (attributes with quoted or bare values). */
    private static final Pattern TAG = Pattern.compile(
            "<(/)?([A-Za-z][A-Za-z0-9-]*)(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*"
                    + "(?:\\s*=\\s*(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>");
    private static final Pattern CHECKBOX = Pattern.compile("checkbox");
    private static final Pattern ALIGNMENT = Pattern.compile("left|right|center");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd",
                    "samp", "var", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup",
                    "abbr", "cite", "q", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
                    "th", "td", "caption", "a", "img", "span", "div", "section", "details", "summary", "figure",
                    "figcaption", "input")
            .allowAttributes("class", "id", "title", "lang", "dir").globally()
            .allowAttributes("data-tag").onElements("span")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowUrlProtocols("http", "https", "mailto", MarkdownRenderer.ENTRY_SCHEME)
            .allowAttributes("type").matching(CHECKBOX).onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .allowAttributes("align").matching(ALIGNMENT).onElements("th", "td")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("open").onElements("details")
            .allowAttributes("aria-hidden").onElements("span")
            .toFactory();

    /** One complete HTML document or fragment, sanitized as a whole (tags balanced). */
    public String sanitize(String html) {
        return policy.sanitize(html);
    }

    /**
     * Raw HTML as a note holds it: pieces that need not be balanced (an opening {@code <details>} in one block,
     * its closing tag in another, Markdown between). Each tag is checked on its own against the allow-list and
     * rewritten from what the policy let through; everything between tags is escaped text. The result is a
     * sequence of well-formed allowed tags and escaped text, so joining pieces can never form new markup.
     */
    public String sanitizeRawHtml(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        Matcher tag = TAG.matcher(raw);
        int done = 0;
        while (tag.find()) {
            out.append(sanitizeText(raw.substring(done, tag.start())));
            out.append(sanitizeTag(tag.group(), tag.group(1) != null, tag.group(2)));
            done = tag.end();
        }
        return out.append(sanitizeText(raw.substring(done))).toString();
    }

    /** The text around tags; most raw HTML is a lone tag, with no text around it to sanitize. */
    private String sanitizeText(String text) {
        return text.isEmpty() ? "" : policy.sanitize(text);
    }

    private String sanitizeTag(String tag, boolean closing, String name) {
        String element = name.toLowerCase(Locale.ROOT);
        if (closing) {
            return policy.sanitize("<" + element + "></" + element + ">").isEmpty() ? "" : "</" + element + ">";
        }
        String safe = policy.sanitize(tag);
        String synthesizedClose = "</" + element + ">";
        return safe.endsWith(synthesizedClose) ? safe.substring(0, safe.length() - synthesizedClose.length()) : safe;
    }
}
