package org.projectnexus.logic.markdown;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/**
 * A Markdown text parsed once: its tree, its front matter, the tags and links written in it, and whether it
 * has footnotes (only then does rendering walk the tree again to number them) or raw HTML (which may open an
 * element in one block and close it in another, so the document then renders as one piece).
 */
public record ParsedMarkdown(Node document, FrontMatter frontMatter, Set<Tag> inlineTags, List<WikiLink> links,
                             boolean containsFootnotes, boolean containsRawHtml) {

    public ParsedMarkdown {
        inlineTags = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(inlineTags));
        links = List.copyOf(links);
    }

    /** Tags in the order they first appear (those of the front matter's {@code tags:} first), each once. */
    public Set<Tag> tags() {
        Set<Tag> tags = new LinkedHashSet<>(frontMatter.tags());
        tags.addAll(inlineTags);
        return tags;
    }

    /** The anchor ids of the document's headings, as {@code [[Title#Heading]]} links find them. */
    public Set<String> headingIds() {
        Set<String> ids = new LinkedHashSet<>();
        document.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new org.commonmark.node.AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.Text literal) {
                        text.append(literal.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.Code code) {
                        text.append(code.getLiteral());
                    }
                });
                ids.add(MarkdownRenderer.headingId(text.toString()));
            }
        });
        return ids;
    }

    /** Other names of the entry, from the front matter's {@code aliases:}; links resolve by them too. */
    public List<String> aliases() {
        return frontMatter.aliases();
    }
}
