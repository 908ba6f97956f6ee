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
        return inProse(markdown, prose -> links(prose, rewrite));
    }

    /**
     * Rewrites the Markdown links to local {@code .md} files ({@code [text](../notes/Redis.md#anchor)}) in prose;
     * the rewrite gets the shown text, the decoded path and the anchor (without {@code #}, may be empty), and returns
     * the new text or null.
     */
    static String rewriteFileLinks(String markdown, FileLinkRewrite rewrite) {
        if (!markdown.contains(".md")) {
            return markdown;
        }
        return inProse(markdown, prose -> {
            Matcher link = FILE_LINK.matcher(prose);
            StringBuilder out = new StringBuilder(prose.length());
            while (link.find()) {
                String path = java.net.URLDecoder.decode(link.group(2).replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8);
                String replacement = rewrite.apply(link.group(1).replaceAll("\\\\([\\[\\]])", "$1"), path,
                        link.group(3) == null ? "" : link.group(3));
                link.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? link.group() : replacement));
            }
            link.appendTail(out);
            return out.toString();
        });
    }

    interface FileLinkRewrite {
        String apply(String shown, String path, String anchor);
    }

    private static final Pattern FILE_LINK =
            Pattern.compile("(?<!!)\\[((?:\\\\.|[^\\]\\\\\\n])*)]\\(([^)\\s]+?\\.md)(?:#([^)\\s]*))?\\)");

    private static String inProse(String markdown, java.util.function.UnaryOperator<String> rewrite) {
        if (!markdown.contains("```") && !markdown.contains("~~~")) {
            return outsideSpans(markdown, rewrite); // no fences: the line-by-line walk is not needed
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

    private static String outsideSpans(String text, java.util.function.UnaryOperator<String> rewrite) {
        if (text.indexOf('`') < 0) {
            return rewrite.apply(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher span = CODE_SPAN.matcher(text);
        int done = 0;
        while (span.find()) {
            out.append(rewrite.apply(text.substring(done, span.start()))).append(span.group());
            done = span.end();
        }
        return out.append(rewrite.apply(text.substring(done))).toString();
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
