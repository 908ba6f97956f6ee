package org.projectnexus.logic.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/** A Markdown text parsed once: its tree, its front matter, and the tags and links written in it. */
public record ParsedMarkdown(Node document, FrontMatter frontMatter) {

    /** Tags in the order they first appear (those of the front matter's {@code tags:} first), each once. */
    public Set<Tag> tags() {
        Set<Tag> tags = new LinkedHashSet<>();
        for (String name : frontMatter.list("tags")) {
            String cleaned = name.strip().replaceFirst("^#", "");
            if (!cleaned.isEmpty() && !cleaned.contains(" ")) {
                tags.add(new Tag(cleaned));
            }
        }
        visitMarkup(node -> {
            if (node instanceof TagNode tag) {
                tags.add(tag.tag());
            }
        });
        return tags;
    }

    /** Other names of the entry, from the front matter's {@code aliases:}; links resolve by them too. */
    public List<String> aliases() {
        return frontMatter.list("aliases").stream().map(String::strip).filter(alias -> !alias.isEmpty()).toList();
    }

    /** Links in document order, repeats included (each occurrence is a place that links). */
    public List<WikiLink> links() {
        List<WikiLink> links = new ArrayList<>();
        visitMarkup(node -> {
            if (node instanceof WikiLinkNode link) {
                links.add(link.link());
            }
        });
        return links;
    }

    private void visitMarkup(java.util.function.Consumer<CustomNode> action) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                action.accept(node);
                visitChildren(node);
            }
        });
    }
}
