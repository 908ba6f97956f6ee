package org.projectnexus.logic.markdown;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list that HTML written in notes must pass before it reaches the preview (OWASP Java HTML Sanitizer).
 * Formatting, tables, lists, images, links and collapsible sections are kept; scripts, event handlers, styles,
 * frames, forms, objects, SVG and MathML are removed, and link targets may only be web, mail or entry links.
 */
public final class HtmlSanitizer {

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

    public String sanitize(String html) {
        return policy.sanitize(html);
    }
}
