package org.projectnexus.logic.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * GFM autolinks ({@code https://...}, {@code www....}, {@code name@host}) with the same extractor as
 * commonmark's autolink extension, but only run on text that can hold a link at all: the extension scans every
 * text node, which was the largest single cost of rendering a note.
 */
final class Autolinks {

    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

    private Autolinks() {
    }

    static boolean mayContainLink(String literal) {
        return literal.contains("://") || literal.contains("www.") || literal.indexOf('@') >= 0;
    }

    /** Replaces the text node by text and link nodes; returns the text nodes left (for tags and wiki links). */
    static List<Text> linkify(Text text) {
        String literal = text.getLiteral();
        List<Text> rest = new ArrayList<>();
        boolean linked = false;
        List<org.commonmark.node.Node> replacement = new ArrayList<>();
        for (Span span : EXTRACTOR.extractSpans(literal)) {
            String part = literal.substring(span.getBeginIndex(), span.getEndIndex());
            if (span instanceof LinkSpan link) {
                linked = true;
                Link node = new Link(destination(link.getType(), part), null);
                node.appendChild(new Text(part));
                replacement.add(node);
            } else {
                Text node = new Text(part);
                replacement.add(node);
                rest.add(node);
            }
        }
        if (!linked) {
            return List.of(text);
        }
        replacement.forEach(text::insertBefore);
        text.unlink();
        return rest;
    }

    private static String destination(LinkType type, String text) {
        return switch (type) {
            case EMAIL -> "mailto:" + text;
            case WWW -> "http://" + text;
            default -> text;
        };
    }
}
