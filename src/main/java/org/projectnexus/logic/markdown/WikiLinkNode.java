package org.projectnexus.logic.markdown;

import org.commonmark.node.CustomNode;
import org.projectnexus.model.WikiLink;

/** A {@code [[Title]]} link inside the parsed Markdown tree. */
public final class WikiLinkNode extends CustomNode {

    private final WikiLink link;

    public WikiLinkNode(WikiLink link) {
        this.link = link;
    }

    public WikiLink link() {
        return link;
    }
}
