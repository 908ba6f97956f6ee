package org.projectnexus.logic.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.model.WikiLink;

/** Edits the {@code [[links]]} written in Markdown, outside code. */
public final class LinkRewriter {

    /** A wiki link: its target (spaces around kept, for the key to strip), then its heading and shown text. */
    private static final Pattern WIKI_LINK =
            Pattern.compile("\\[\\[([^\\[\\]|#\\n]+)((?:#[^\\[\\]|\\n]*)?(?:\\|[^\\[\\]\\n]*)?)]]");

    /**
     * Points every {@code [[old]]}, {@code [[old#Heading]]} and {@code [[old|shown]]} at {@code newTitle}, keeping the
     * heading and the shown text: every link that finds the entry by its old title, so any case and either Unicode
     * spelling ({@link WikiLink#titleKey}).
     */
    public String retarget(String markdown, String oldTitle, String newTitle) {
        return retargeting(oldTitle, newTitle).apply(markdown);
    }

    /** The same rewrite as {@link #retarget}, prepared once for many texts. */
    public java.util.function.UnaryOperator<String> retargeting(String oldTitle, String newTitle) {
        String oldKey = WikiLink.titleKey(oldTitle);
        String target = newTitle.strip();
        return markdown -> markdown.contains("[[") ? ProseRegions.rewrite(markdown,
                prose -> prose.contains("[[") ? WIKI_LINK.matcher(prose).replaceAll(link ->
                        Matcher.quoteReplacement(WikiLink.titleKey(link.group(1)).equals(oldKey)
                                ? "[[" + target + link.group(2) + "]]" : link.group())) : prose) : markdown;
    }

    /**
     * Turns the first plain mention of {@code name} (a whole word or phrase, any case, not already inside a link)
     * into a link to {@code title}, keeping the mention's own spelling as the shown text when it differs.
     */
    public String linkFirstMention(String markdown, String name, String title) {
        Pattern mention = mentionPattern(name);
        boolean[] done = {false};
        return ProseRegions.rewrite(markdown, prose -> {
            if (done[0]) {
                return prose;
            }
            Matcher matcher = mention.matcher(prose);
            while (matcher.find()) {
                if (!insideLink(prose, matcher.start())) {
                    done[0] = true;
                    String written = matcher.group();
                    String link = written.equals(title) ? "[[" + title + "]]" : "[[" + title + "|" + written + "]]";
                    return prose.substring(0, matcher.start()) + link + prose.substring(matcher.end());
                }
            }
            return prose;
        });
    }

    /** Whether the text mentions {@code title} in prose outside any link. */
    public boolean mentions(String markdown, String title) {
        Pattern mention = mentionPattern(title);
        boolean[] found = {false};
        ProseRegions.rewrite(markdown, prose -> {
            Matcher matcher = mention.matcher(prose);
            while (!found[0] && matcher.find()) {
                found[0] = !insideLink(prose, matcher.start());
            }
            return prose;
        });
        return found[0];
    }

    public static Pattern mentionPattern(String title) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(title.strip()) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Inside {@code [[...]]} or {@code [...](...)}: an unclosed bracket before the position on its line. */
    private static boolean insideLink(String prose, int at) {
        int lineStart = prose.lastIndexOf('\n', at - 1) + 1;
        int depth = 0;
        for (int i = lineStart; i < at; i++) {
            char c = prose.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            }
        }
        if (depth > 0) {
            return true;
        }
        int parenthesis = prose.lastIndexOf("](", at);
        return parenthesis >= lineStart && prose.indexOf(')', parenthesis) >= at;
    }
}
