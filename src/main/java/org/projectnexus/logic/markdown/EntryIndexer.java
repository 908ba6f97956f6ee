package org.projectnexus.logic.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/**
 * The tags, links and aliases of an entry, from its Markdown: what the store indexes with every save, and an import
 * with every entry it reads. It uses the parse for the index ({@link MarkdownParser#parseForIndex}).
 */
public final class EntryIndexer {

    private final MarkdownParser parser;

    public EntryIndexer(MarkdownParser parser) {
        this.parser = parser;
    }

    public IndexedEntry index(Entry entry) {
        return index(entry, parser::parseForIndex);
    }

    /** {@link #index(Entry)} with {@code parse} for the Markdown (an import passes on texts it has parsed). */
    public IndexedEntry index(Entry entry, Function<String, ParsedMarkdown> parse) {
        if (!(entry instanceof Challenge challenge)) {
            ParsedMarkdown parsed = parse.apply(entry.body());
            return new IndexedEntry(entry, List.copyOf(parsed.tags()), withLearnedFrom(parsed), parsed.aliases());
        }
        // A challenge's text starts with its problem, so its body's front matter is read on its own: its tags and
        // aliases count, and its YAML is not parsed as Markdown with the rest.
        FrontMatter front = parser.frontMatter(challenge.body());
        ParsedMarkdown parsed = parse.apply(challenge.problem() + "\n\n" + challenge.solution() + "\n\n" + front.body());
        Set<Tag> tags = new LinkedHashSet<>(front.tags());
        tags.addAll(parsed.tags());
        return new IndexedEntry(entry, List.copyOf(tags), parsed.links(), front.aliases());
    }

    /**
     * The links of the text and, first, those of {@code learned_from:} in its front matter (issue 26): indexed as
     * links, the sources show the takeaway in their backlinks, and renaming a source rewrites them.
     */
    private static List<WikiLink> withLearnedFrom(ParsedMarkdown parsed) {
        List<String> sources = parsed.frontMatter().learnedFrom();
        if (sources.isEmpty()) {
            return parsed.links();
        }
        List<WikiLink> links = new ArrayList<>();
        sources.forEach(title -> links.add(new WikiLink(title, "", "")));
        links.addAll(parsed.links());
        return links;
    }
}
