package org.projectnexus.logic.markdown;

import java.util.List;
import java.util.Optional;

/**
 * Writes the {@code learned_from:} field of a takeaway's front matter (issue 26): one {@code "[[Title]]"} per line,
 * quoted so that YAML reads it as a text and a rename of the source rewrites it as the link it is.
 */
public final class LearnedFromField {

    private LearnedFromField() {
    }

    /**
     * The link as a YAML text in quotes that need no escape inside it (titles hold no backslash), so the link is
     * written as is and a rename finds it; only a title with both kinds of quotes gets escapes.
     */
    private static String quoted(String link) {
        if (!link.contains("\"")) {
            return "\"" + link + "\"";
        }
        if (!link.contains("'")) {
            return "'" + link + "'";
        }
        return "\"" + link.replace("\"", "\\\"") + "\"";
    }

    /**
     * The text with a {@code learned_from:} field naming {@code titles}: added to its front matter, or in a new one
     * at the top. Empty when the front matter already names sources (the caller says so to the user).
     */
    public static Optional<String> add(String markdown, List<String> titles) {
        String text = markdown == null ? "" : markdown;
        if (titles.isEmpty()) {
            return Optional.of(text);
        }
        StringBuilder field = new StringBuilder(FrontMatter.LEARNED_FROM).append(":\n");
        for (String title : titles) {
            field.append("  - ").append(quoted("[[" + title.strip() + "]]")).append('\n');
        }
        FrontMatterBlock block = FrontMatterBlock.find(text);
        if (block == null) {
            return Optional.of("---\n" + field + "---\n\n" + text);
        }
        FrontMatter existing = FrontMatter.split(text, FrontMatter.yamlMapper());
        if (existing.fields().containsKey(FrontMatter.LEARNED_FROM)) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, block.yamlStart()) + field + text.substring(block.yamlStart()));
    }
}
