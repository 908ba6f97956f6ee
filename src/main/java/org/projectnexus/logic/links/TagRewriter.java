package org.projectnexus.logic.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.model.Tag;

/** Renames a tag, and the tags nested under it, wherever a Markdown text writes it: inline and in front matter. */
public final class TagRewriter {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(---[ \\t]*\\r?\\n)(.*?\\r?\\n)((?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z))",
            Pattern.DOTALL);

    /** {@code #from} becomes {@code #to} and {@code #from/x} becomes {@code #to/x}; {@code #fromage} stays. */
    public String rename(String markdown, Tag from, Tag to) {
        Pattern inline = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_/&#\\-])#" + Pattern.quote(from.name())
                + "(?=/|[^\\p{L}\\p{M}\\p{N}_\\-/]|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
        Matcher frontMatter = FRONT_MATTER.matcher(markdown);
        String head = "";
        String body = markdown;
        if (frontMatter.lookingAt()) {
            head = frontMatter.group(1) + renameInTagsField(frontMatter.group(2), from, to) + frontMatter.group(3);
            body = markdown.substring(frontMatter.end());
        }
        String replacement = Matcher.quoteReplacement("#" + to.name());
        return head + ProseRegions.rewrite(body, prose -> inline.matcher(prose).replaceAll(replacement));
    }

    /** In the {@code tags:} field only, as a flow list ({@code [a, b]}) or one item per line ({@code - a}). */
    private static String renameInTagsField(String yaml, Tag from, Tag to) {
        Pattern field = Pattern.compile("(?m)^tags:.*(?:\\r?\\n[ \\t]*-.*)*");
        Pattern item = Pattern.compile("(?<=[\\[\\s,'\"#-])" + Pattern.quote(from.name()) + "(?=[/\\]\\s,'\"]|$)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
        Matcher matcher = field.matcher(yaml);
        if (!matcher.find()) {
            return yaml;
        }
        String renamed = item.matcher(matcher.group()).replaceAll(Matcher.quoteReplacement(to.name()));
        return yaml.substring(0, matcher.start()) + renamed + yaml.substring(matcher.end());
    }
}
