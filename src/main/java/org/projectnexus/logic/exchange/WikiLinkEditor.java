package org.projectnexus.logic.exchange;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.model.WikiLink;

/**
 * Rewrites the {@code [[wiki links]]} written in Markdown prose, leaving fenced code blocks and code spans alone
 * (the same regions the parser keeps links out of). The rewrite gets each link as the parser reads it and returns
 * its new text, or null to keep it as written.
 * <p>Why not {@code logic.links.LinkRewriter}: it only retargets one title at a time, and its prose walker is
 * package-private there; exports rewrite every link of an entry in one pass.
 */
final class WikiLinkEditor {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`]*?\\1");
    private static final Pattern WIKI_LINK =
            Pattern.compile("\\[\\[([^\\[\\]|#\\n]+)(?:#([^\\[\\]|\\n]*))?(?:\\|([^\\[\\]\\n]*))?]]");

    private WikiLinkEditor() {
    }

    static String rewrite(String markdown, Function<WikiLink, String> rewrite) {
        if (!markdown.contains("[[")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        StringBuilder prose = new StringBuilder();
        String fence = null;
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int newline = markdown.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? markdown.length() : newline + 1;
            String line = markdown.substring(lineStart, lineEnd);
            lineStart = lineEnd;
            Matcher opening = FENCE.matcher(line);
            if (fence != null) {
                out.append(line);
                if (opening.find() && opening.group(1).charAt(0) == fence.charAt(0)
                        && opening.group(1).length() >= fence.length()) {
                    fence = null;
                }
            } else if (opening.find()) {
                out.append(outsideSpans(prose.toString(), rewrite));
                prose.setLength(0);
                fence = opening.group(1);
                out.append(line);
            } else {
                prose.append(line);
            }
        }
        return out.append(outsideSpans(prose.toString(), rewrite)).toString();
    }

    private static String outsideSpans(String text, Function<WikiLink, String> rewrite) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher span = CODE_SPAN.matcher(text);
        int done = 0;
        while (span.find()) {
            out.append(links(text.substring(done, span.start()), rewrite)).append(span.group());
            done = span.end();
        }
        return out.append(links(text.substring(done), rewrite)).toString();
    }

    private static String links(String prose, Function<WikiLink, String> rewrite) {
        if (!prose.contains("[[")) {
            return prose;
        }
        Matcher link = WIKI_LINK.matcher(prose);
        StringBuilder out = new StringBuilder(prose.length());
        while (link.find()) {
            String replacement = link.group(1).isBlank() ? null
                    : rewrite.apply(new WikiLink(link.group(1), link.group(2), link.group(3)));
            link.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? link.group() : replacement));
        }
        link.appendTail(out);
        return out.toString();
    }

    /** {@code [[target#heading|alias]]}, leaving out the empty parts. */
    static String wikiLink(String target, String heading, String alias) {
        return "[[" + target + (heading.isEmpty() ? "" : "#" + heading) + (alias.isEmpty() ? "" : "|" + alias) + "]]";
    }
}
