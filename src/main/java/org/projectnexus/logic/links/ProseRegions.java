package org.projectnexus.logic.links;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the prose of a Markdown text and leaves its code alone: fenced code blocks and inline code spans
 * pass through unchanged, so renaming a tag or a link never edits an example inside code.
 */
public final class ProseRegions {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`]*?\\1");

    private ProseRegions() {
    }

    public static String rewrite(String markdown, UnaryOperator<String> prose) {
        if (!markdown.contains("```") && !markdown.contains("~~~")) {
            return rewriteOutsideSpans(markdown, prose); // no fences: the line-by-line walk is not needed
        }
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        StringBuilder pending = new StringBuilder();
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
                out.append(rewriteOutsideSpans(pending.toString(), prose));
                pending.setLength(0);
                fence = opening.group(1);
                out.append(line);
            } else {
                pending.append(line);
            }
        }
        return out.append(rewriteOutsideSpans(pending.toString(), prose)).toString();
    }

    private static String rewriteOutsideSpans(String text, UnaryOperator<String> prose) {
        if (text.indexOf('`') < 0) {
            return prose.apply(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher span = CODE_SPAN.matcher(text);
        int done = 0;
        while (span.find()) {
            out.append(prose.apply(text.substring(done, span.start()))).append(span.group());
            done = span.end();
        }
        return out.append(prose.apply(text.substring(done))).toString();
    }
}
