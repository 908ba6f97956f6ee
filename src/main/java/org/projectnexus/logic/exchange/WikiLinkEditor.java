package org.projectnexus.logic.exchange;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.logic.links.ProseRegions;
import org.projectnexus.model.WikiLink;

/**
 * Rewrites the {@code [[wiki links]]} written in Markdown prose, leaving fenced code blocks and code spans alone
 * (the same regions the parser keeps links out of). The rewrite gets each link as the parser reads it and returns
 * its new text, or null to keep it as written.
 * <p>Why not {@code logic.links.LinkRewriter}: it only retargets one title at a time, and its prose walker is
 * package-private there; exports rewrite every link of an entry in one pass.
 */
final class WikiLinkEditor {

    private static final Pattern WIKI_LINK =
            Pattern.compile("\\[\\[([^\\[\\]|#\\n]+)(?:#([^\\[\\]|\\n]*))?(?:\\|([^\\[\\]\\n]*))?]]");

    private WikiLinkEditor() {
    }

    static String rewrite(String markdown, Function<WikiLink, String> rewrite) {
        if (!markdown.contains("[[")) {
            return markdown;
        }
        return ProseRegions.rewrite(markdown, prose -> links(prose, rewrite));
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
        return ProseRegions.rewrite(markdown, prose -> {
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

    /**
     * The prose with each link rewritten. The same links as {@code find()} would meet, leftmost first, but the
     * pattern is tried only where a {@code [[} starts (an import runs this over every text it reads), and the
     * prose itself comes back when no link changes.
     */
    private static String links(String prose, Function<WikiLink, String> rewrite) {
        Matcher link = WIKI_LINK.matcher(prose);
        StringBuilder out = null;
        int copied = 0;
        for (int at = prose.indexOf("[["); at >= 0; at = prose.indexOf("[[", at + 1)) {
            if (!link.region(at, prose.length()).lookingAt()) {
                continue;
            }
            String replacement = link.group(1).isBlank() ? null
                    : rewrite.apply(new WikiLink(link.group(1), link.group(2), link.group(3)));
            if (replacement != null && !replacement.equals(link.group())) {
                out = out == null ? new StringBuilder(prose.length() + 16) : out;
                out.append(prose, copied, at).append(replacement);
                copied = link.end();
            }
            at = link.end() - 1;
        }
        return out == null ? prose : out.append(prose, copied, prose.length()).toString();
    }

    /** {@code [[target#heading|alias]]}, leaving out the empty parts. */
    static String wikiLink(String target, String heading, String alias) {
        return "[[" + target + (heading.isEmpty() ? "" : "#" + heading) + (alias.isEmpty() ? "" : "|" + alias) + "]]";
    }
}
